import { create } from 'zustand';

/** Explain mode (for teaching): when on, selecting a volume or mount explains it in plain words. */
export const useExplainMode = create<{ on: boolean; toggle(): void }>()((set) => ({
  on: false,
  toggle: () => set((s) => ({ on: !s.on })),
}));

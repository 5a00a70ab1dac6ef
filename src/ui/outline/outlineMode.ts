import { create } from 'zustand';

/** Whether the graph's text outline is shown beside the canvas. */
export const useOutlineMode = create<{ on: boolean; toggle(): void }>()((set) => ({
  on: false,
  toggle: () => set((s) => ({ on: !s.on })),
}));

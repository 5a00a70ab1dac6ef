import { create } from 'zustand';

/** Whether the data-flow view is open (UI state, like Explain mode). */
export const useDataFlowView = create<{ open: boolean; toggle(): void; close(): void }>()((set) => ({
  open: false,
  toggle: () => set((s) => ({ open: !s.open })),
  close: () => set({ open: false }),
}));

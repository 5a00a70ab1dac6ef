import { create } from 'zustand';

/** "Keep layout": export appends the node positions as a trailing comment block. Off by default: the file carries only the config. */
export const useExportOptions = create<{ keepLayout: boolean; setKeepLayout(on: boolean): void }>()((set) => ({
  keepLayout: false,
  setKeepLayout: (keepLayout) => set({ keepLayout }),
}));

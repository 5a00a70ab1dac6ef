import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StudioState, StudioStore } from '../../app/store.ts';

const StudioContext = createContext<StudioStore | null>(null);

export function StudioProvider({ store, children }: { store: StudioStore; children: ReactNode }) {
  return <StudioContext.Provider value={store}>{children}</StudioContext.Provider>;
}

export function useStudioStore(): StudioStore {
  const store = useContext(StudioContext);
  if (!store) throw new Error('useStudioStore must be used inside <StudioProvider>');
  return store;
}

/** Subscribes to one slice of the store; re-renders only when that slice changes. */
export function useStudio<T>(selector: (state: StudioState) => T): T {
  return useStore(useStudioStore(), selector);
}

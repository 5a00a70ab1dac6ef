import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Studio, StudioState, StudioStore } from '../../app/index.ts';

const StudioContext = createContext<Studio | null>(null);

export function StudioProvider({ studio, children }: { studio: Studio; children: ReactNode }) {
  return <StudioContext.Provider value={studio}>{children}</StudioContext.Provider>;
}

/** The app instance: its texts (`studio.text()`), commands (`studio.dispatch`) and views. */
export function useStudioObject(): Studio {
  const studio = useContext(StudioContext);
  if (!studio) throw new Error('useStudioObject must be used inside <StudioProvider>');
  return studio;
}

export function useStudioStore(): StudioStore {
  return useStudioObject().store;
}

/** Subscribes to one slice of the store; re-renders only when that slice changes. */
export function useStudio<T>(selector: (state: StudioState) => T): T {
  return useStore(useStudioStore(), selector);
}

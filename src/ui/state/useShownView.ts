import { useSyncExternalStore } from 'react';
import { backgroundVersion, subscribeBackground } from '../../app/backgroundAnalysis.ts';
import { shownViewOf, type ShownView } from '../../app/shownView.ts';
import { useStudio } from './StudioContext.tsx';

/** What the canvas, problems and status show of the current text; re-renders when a background result arrives. */
export function useShownView(): ShownView {
  const text = useStudio((s) => s.text);
  useSyncExternalStore(subscribeBackground, backgroundVersion);
  return shownViewOf(text);
}

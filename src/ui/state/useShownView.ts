import { useSyncExternalStore } from 'react';
import { backgroundVersion, subscribeBackground } from '../../app/backgroundAnalysis.ts';
import { shownViewOf, type ShownView } from '../../app/shownView.ts';
import { useStudio } from './StudioContext.tsx';

/**
 * What the canvas, problems and status show of the current text. Subscribes to the view, not
 * to the text: while a large text is being analysed the view stays the same object, so typing
 * does not re-render the canvas; a background result re-renders it.
 */
export function useShownView(): ShownView {
  useSyncExternalStore(subscribeBackground, backgroundVersion);
  return useStudio((s) => shownViewOf(s.text));
}

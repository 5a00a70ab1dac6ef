import { useSyncExternalStore } from 'react';
import type { ShownView } from '../../app/index.ts';
import { useStudio, useStudioObject } from './StudioContext.tsx';

/**
 * What the canvas, problems and status show of the current build. Subscribes to the view, not
 * to the text: while a large text is being analysed the view stays the same object, so typing
 * does not re-render the canvas; a background result re-renders it.
 */
export function useShownView(): ShownView {
  const { background, views } = useStudioObject();
  useSyncExternalStore(background.subscribe, background.version);
  return useStudio((s) => views.shown(s.files));
}

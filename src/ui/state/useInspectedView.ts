import { useEffect, useReducer } from 'react';
import type { GraphView } from '../../app/index.ts';
import { useStudio, useStudioObject } from './StudioContext.tsx';
import { useShownView } from './useShownView.ts';

// A pause in typing this long (after the graph caught up) lets the inspector analyse a large text on the main thread.
const CATCH_UP_AFTER_MS = 1000;

/**
 * The full analysis (YAML nodes included) the inspector and explain panel need. While a large
 * text is being typed it is analysed in a worker, which cannot send YAML nodes: the panels show
 * the last analysis (`behind`, read-only) and catch up after a pause in typing when `needed`,
 * once the worker's result for the text is shown (the graph first: it is what typing is about).
 */
export function useInspectedView(needed: boolean): { view: GraphView; behind: boolean } {
  const { analysis, views } = useStudioObject();
  const text = useStudio((s) => s.text);
  const [, caughtUp] = useReducer((n: number) => n + 1, 0);
  const behind = views.inBackground(text);
  const graphCaughtUp = !useShownView().pending;
  useEffect(() => {
    if (!behind || !needed || !graphCaughtUp) return;
    const timer = setTimeout(() => {
      analysis.of(text);
      caughtUp();
    }, CATCH_UP_AFTER_MS);
    return () => clearTimeout(timer);
  }, [analysis, text, behind, needed, graphCaughtUp]);
  if (!behind) return { view: views.graph(text), behind: false };
  return { view: views.lastGraph(), behind: true };
}

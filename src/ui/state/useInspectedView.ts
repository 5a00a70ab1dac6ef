import { useEffect, useReducer } from 'react';
import type { GraphView } from '../../app/index.ts';
import { useStudio, useStudioObject } from './StudioContext.tsx';
import { useShownView } from './useShownView.ts';

// A pause in typing this long (after the graph caught up) lets the inspector analyse a large text on the main thread.
const CATCH_UP_AFTER_MS = 1000;
// From this size that analysis holds the page for seconds (2.3 s for 2 MiB here): it waits until the user asks for it.
export const CATCH_UP_ON_REQUEST_CHARS = 512 * 1024;

export interface InspectedView {
  view: GraphView;
  behind: boolean;
  /** The file the selection's first element lives in (the shown file when nothing is selected): commands of the panels edit it. */
  file: string;
  /** The selection in that file's own ids (what its model and commands use). */
  selection: string[];
  /** For a very large text behind: analyses it on the page now (the user asked; it takes seconds), else null. */
  catchUp: (() => void) | null;
}

/**
 * The full analysis (YAML nodes included) the inspector and explain panel need, of the file that
 * holds the selection. While a large text is being typed it is analysed in a worker, which
 * cannot send YAML nodes: the panels show the last analysis (`behind`, read-only) and catch up
 * after a pause in typing when `needed`, once the worker's result for the text is shown (the
 * graph first: it is what typing is about).
 */
export function useInspectedView(needed: boolean): InspectedView {
  const { analysis, views } = useStudioObject();
  const files = useStudio((s) => s.files);
  const active = useStudio((s) => s.active);
  const selection = useStudio((s) => s.selection);
  const single = files.length === 1;
  const text = files[0].text;
  const [, caughtUp] = useReducer((n: number) => n + 1, 0);
  const behind = single && views.inBackground(text);
  const graphCaughtUp = !useShownView().pending;
  const onRequest = text.length >= CATCH_UP_ON_REQUEST_CHARS;
  useEffect(() => {
    if (!behind || !needed || !graphCaughtUp || onRequest) return;
    const timer = setTimeout(() => {
      analysis.of(text);
      caughtUp();
    }, CATCH_UP_AFTER_MS);
    return () => clearTimeout(timer);
  }, [analysis, text, behind, needed, graphCaughtUp, onRequest]);
  const catchUp =
    behind && onRequest && graphCaughtUp
      ? () => {
          analysis.of(text);
          caughtUp();
        }
      : null;
  if (single) return { view: behind ? views.lastGraph() : views.graph(text), behind, file: files[0].name, selection, catchUp };
  const build = views.build(files);
  const homes = selection.map((id) => build.home(id));
  const file = homes[0]?.file ?? active;
  const at = (list: { name: string }[]) => Math.max(0, list.findIndex((f) => f.name === file));
  const current = build.files[at(build.files)];
  const view: GraphView = { graph: build.graph, analysis: current, lastGood: build.lastGood[at(build.lastGood)] ?? current, stale: build.stale };
  return { view, behind: false, file, selection: homes.flatMap((h) => (h?.file === file ? [h.id] : [])), catchUp: null };
}

import type { Diagnostic } from '../core/diagnostics/types.ts';
import type { Graph } from '../core/graph/types.ts';
import type { ModelOutline } from '../core/model/outline.ts';
import { LineIndex } from '../core/text/lineIndex.ts';
import { analysedAlready } from './analysis.ts';
import { backgroundVersion, latestBackgroundResult, requestBackgroundAnalysis } from './backgroundAnalysis.ts';
import { graphViewOf } from './graphState.ts';
import { snapshotOf, type ViewSnapshot } from './viewSnapshot.ts';

/**
 * Texts this long are analysed in a worker while the user types: their analysis takes longer
 * than a frame budget allows (about 40 ms at 64 KiB on a slow machine, 300 ms at 500 KiB).
 */
export const LARGE_TEXT_CHARS = 64 * 1024;

/** What the canvas, problems list, editor markers and status show. */
export interface ShownView {
  /** The text this view was derived from: older than the current text while `pending`. */
  text: string;
  /** The graph of `text`, or of the last text that parsed when `stale`. */
  graph: Graph;
  diagnostics: Diagnostic[];
  lineIndex: LineIndex;
  /** Elements and names of the graph's text. */
  outline: ModelOutline;
  /** `text` does not parse: the graph is the last one that did. */
  stale: boolean;
  /** A newer text is being analysed in the background. */
  pending: boolean;
}

const EMPTY_OUTLINE: ModelOutline = { elements: [], volumeNames: [], containerNames: [] };

let lastGood: { graph: Graph; outline: ModelOutline } | null = null;
let lastShown: ShownView | null = null;
let memo: { text: string; version: number; view: ShownView } | null = null;

/**
 * The view of `text`: computed at once for small texts (and for texts a command or an open
 * just analysed); for large typed texts, the newest background result, marked `pending`
 * until the result for this very text arrives.
 */
export function shownViewOf(text: string): ShownView {
  const version = backgroundVersion();
  if (memo && memo.text === text && memo.version === version) return memo.view;
  const view = deriveView(text);
  memo = { text, version, view };
  lastShown = view;
  return view;
}

/** True when the view of `text` would not be the view of this very text. */
export function isAnalysedInBackground(text: string): boolean {
  return text.length >= LARGE_TEXT_CHARS && !analysedAlready(text);
}

function deriveView(text: string): ShownView {
  if (!isAnalysedInBackground(text)) {
    const exact = graphViewOf(text);
    return fromSnapshot(text, snapshotOf(exact.analysis, exact.stale ? null : exact.graph), exact.analysis.lineIndex);
  }
  const result = latestBackgroundResult();
  if (result?.text === text) return fromSnapshot(text, result.snapshot, new LineIndex(text));
  requestBackgroundAnalysis(text);
  if (result && result.text !== lastShown?.text) return { ...fromSnapshot(result.text, result.snapshot, new LineIndex(result.text)), pending: true };
  if (lastShown) return lastShown.pending ? lastShown : { ...lastShown, pending: true };
  // nothing shown yet (a large text at start-up): show the empty config until the result arrives
  const empty = graphViewOf('');
  return { ...fromSnapshot('', snapshotOf(empty.analysis, empty.graph), empty.analysis.lineIndex), pending: true };
}

function fromSnapshot(text: string, snapshot: ViewSnapshot, lineIndex: LineIndex): ShownView {
  if (snapshot.graph && snapshot.outline) lastGood = { graph: snapshot.graph, outline: snapshot.outline };
  const shown = snapshot.graph && snapshot.outline ? { graph: snapshot.graph, outline: snapshot.outline } : lastGood;
  return {
    text,
    graph: shown?.graph ?? graphViewOf('').graph,
    outline: shown?.outline ?? EMPTY_OUTLINE,
    diagnostics: snapshot.diagnostics,
    lineIndex,
    stale: !snapshot.wellFormed,
    pending: false,
  };
}

// The views of a build of several files: analysed together (merge/analyzeBuild.ts) on the main
// thread, joined into one graph (merge/projectBuild.ts), with the last good build kept for
// while a file does not parse. A build of one file is views.ts's own business.
import type { Analysis } from '../core/analyze.ts';
import type { Graph } from '../core/graph/types.ts';
import { analyzeBuild, type FileAnalysis } from '../core/merge/analyzeBuild.ts';
import { projectBuild, type ElementHome } from '../core/merge/projectBuild.ts';
import { outlineOf, type ModelOutline } from '../core/model/outline.ts';
import { sameFiles, type StudioFile } from './files.ts';
import type { FileView, GraphView, ShownView } from './views.ts';

/** The build's analysis: what the inspector, commands and canvas read of several files. */
export interface BuildView {
  /** The merged graph; the last good one while `stale`. */
  graph: Graph;
  /** A file does not parse: the graph is of the last build that did. */
  stale: boolean;
  /** Each file's analysis of its current text, in build order. */
  files: FileAnalysis[];
  /** Each file's analysis when the build last parsed (what the graph shows, and commands edit). */
  lastGood: FileAnalysis[];
  /** The file that holds a graph element, and its id within that file (what commands take). */
  home(id: string): ElementHome | undefined;
  /** The build id of a file's element (qualified when two files hold that id). */
  buildId(file: string, id: string): string | undefined;
}

/** What build views use of the one-file views. */
export interface OneFileViews {
  graph(text: string): GraphView;
  empty(): { graph: Graph; analysis: Analysis };
}

interface Built {
  files: StudioFile[];
  view: BuildView;
  outlines: ModelOutline[];
}

export function createBuildViews(one: OneFileViews) {
  let last: Built | null = null;
  let lastGood: Built | null = null;
  let shownMemo: { files: readonly StudioFile[]; view: ShownView } | null = null;

  const ofSeveral = (files: readonly StudioFile[]): Built => {
    if (last && sameFiles(last.files, files)) return last;
    const analysed = analyzeBuild(files);
    if (analysed.merged) {
      const projected = projectBuild(analysed.files.map((f) => ({ name: f.name, analysis: f })));
      const outlines = analysed.files.map((f) => withBuildIds(outlineOf(f.parsed.model), (id) => projected.buildId(f.name, id)));
      const view: BuildView = {
        graph: projected.graph,
        stale: false,
        files: analysed.files,
        lastGood: analysed.files,
        home: (id) => projected.homes.get(id),
        buildId: projected.buildId,
      };
      last = lastGood = { files: [...files], view, outlines };
      return last;
    }
    const good = lastGood?.view;
    const view: BuildView = {
      graph: good?.graph ?? one.empty().graph,
      stale: true,
      files: analysed.files,
      lastGood: good?.lastGood ?? [],
      home: (id) => good?.home(id),
      buildId: (file, id) => good?.buildId(file, id),
    };
    last = { files: [...files], view, outlines: files.map((f) => lastGood?.outlines[lastGood.files.findIndex((g) => g.name === f.name)] ?? EMPTY) };
    return last;
  };

  return {
    build(files: readonly StudioFile[]): BuildView {
      if (files.length > 1) return ofSeveral(files).view;
      const { name, text } = files[0];
      const g = one.graph(text);
      return {
        graph: g.graph,
        stale: g.stale,
        files: [{ name, ...g.analysis }],
        lastGood: [{ name, ...g.lastGood }],
        home: (id) => ({ file: name, id }),
        buildId: (file, id) => (file === name ? id : undefined),
      };
    },
    shown(files: readonly StudioFile[]): ShownView {
      if (shownMemo?.files === files) return shownMemo.view;
      const built = ofSeveral(files);
      const { view } = built;
      const fileViews: FileView[] = view.files.map((f, i) => ({
        name: f.name,
        text: files[i].text,
        diagnostics: f.diagnostics,
        lineIndex: f.lineIndex,
        outline: built.outlines[i] ?? EMPTY,
      }));
      const shown: ShownView = {
        text: files.map((f) => f.text).join('\u0000'),
        graph: view.graph,
        diagnostics: view.files.flatMap((f) => f.diagnostics),
        files: fileViews,
        outline: fileViews[0].outline,
        stale: view.stale,
        pending: false,
        status: view.stale ? 'stale' : 'exact',
      };
      shownMemo = { files, view: shown };
      return shown;
    },
  };
}

const EMPTY: ModelOutline = { elements: [], volumeNames: [], containerNames: [] };

function withBuildIds(outline: ModelOutline, buildId: (id: string) => string | undefined): ModelOutline {
  return { ...outline, elements: outline.elements.map((e) => ({ ...e, id: buildId(e.id) ?? e.id })) };
}

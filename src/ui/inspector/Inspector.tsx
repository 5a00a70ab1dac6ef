import type { Command } from '../../core/commands/types.ts';
import { inspectedElement } from '../../app/index.ts';
import { KERNEL_NODE_ID } from '../../core/graph/types.ts';
import { useStudio, useStudioObject } from '../state/StudioContext.tsx';
import { useShownView } from '../state/useShownView.ts';
import { useInspectedView } from '../state/useInspectedView.ts';
import { CatchUpButton } from './CatchUpButton.tsx';
import { ContainerInspector } from './ContainerInspector.tsx';
import { inspectedAnalysis, staleReason } from './inspectedAnalysis.ts';
import { FileSummary } from './FileSummary.tsx';
import { KernelSummary } from './KernelSummary.tsx';
import { MountInspector } from './MountInspector.tsx';
import { MultiSelection } from './MultiSelection.tsx';
import type { RunCommand } from './runCommand.ts';
import { VolumeInspector } from './VolumeInspector.tsx';
import './inspector.css';

/** Shows and edits the selected container, volume or mount. */
export function Inspector() {
  const studio = useStudioObject();
  // the selection in build ids (the graph's), and in its file's own ids (which the file's model and commands use)
  const all = useStudio((s) => s.selection);
  const { view, behind, file: inFile, selection: own, catchUp } = useInspectedView(all.length > 0);
  // a selection across files is a multiple selection (nothing to inspect but what to do with all of it)
  const selection = own.length === all.length ? own : all;
  const analysis = inspectedAnalysis(view);
  // what waits for the analysis, by the name the graph (from the background analysis) already knows
  const graph = useShownView().graph;
  const waiting = catchUp && all.length === 1 ? graph.nodes.find((n) => n.id === all[0]) : undefined;
  const what = waiting && 'name' in waiting.data ? `${waiting.type} ${waiting.data.name || '(no name)'}` : undefined;
  const stale = staleReason(view, behind, catchUp !== null, what);
  const readOnly = stale !== null;
  // a rename changes the element's id; the selection's key stays, so the editor is not remounted (focus stays)
  const selectionKey = useStudio((s) => s.selectionKey);
  const model = analysis.parsed.model;
  const id = inspectedElement(selection, model);
  const editorKey = id === null ? null : `${selectionKey}`;

  const run: RunCommand = (command: Command, label: string) => studio.dispatch(command, { label, file: inFile });

  const container = id ? model.containers.find((c) => c.id === id) : undefined;
  const volume = id ? model.volumes.find((v) => v.id === id) : undefined;
  const mount = id ? model.mounts.find((m) => m.id === id) : undefined;
  const file = id ? model.files.find((f) => f.id === id) : undefined;
  // one file: its ids are the graph's (and building the view of a large text here would analyse it on the page)
  const buildIdOf = (localId: string) => {
    const files = studio.store.getState().files;
    return files.length < 2 ? localId : (studio.views.build(files).buildId(inFile, localId) ?? localId);
  };
  const props = { analysis, run, readOnly };
  // in a build of several files a container's place is the merged list's (moby AppendConfig appends in file order)
  const buildPlace = (localId: string) => {
    const files = studio.store.getState().files;
    if (files.length < 2) return null;
    const build = studio.views.build(files);
    const id = build.buildId(inFile, localId) ?? localId;
    const lane = build.graph.lanes.find((l) => l.containerIds.includes(id));
    return lane ? { index: lane.containerIds.indexOf(id), count: lane.containerIds.length, file: inFile } : null;
  };
  return (
    <aside className="inspector" data-testid="inspector" aria-label="Inspector">
      {stale && (all.length > 0 || !behind) && (
        <p className={`inspector-stale${catchUp ? ' is-waiting' : ''}`} role="status" data-testid="inspector-stale">
          {stale} {catchUp && all.length > 0 && <CatchUpButton catchUp={catchUp} label="Analyse now to edit" />}
        </p>
      )}
      {selection.length === 0 && <p className="muted">Select a container, volume or mount to edit it.</p>}
      {selection.length > 1 && id === null && <MultiSelection selection={all} readOnly={readOnly} />}
      {container && <ContainerInspector key={editorKey} container={container} buildIdOf={buildIdOf} inBuild={buildPlace(container.id)} {...props} />}
      {volume && <VolumeInspector key={editorKey} volume={volume} buildIdOf={buildIdOf} {...props} />}
      {mount && <MountInspector key={editorKey} mount={mount} {...props} />}
      {file && <FileSummary key={editorKey} file={file} analysis={analysis} />}
      {id === KERNEL_NODE_ID && <KernelSummary kernel={model.kernel} init={model.init} />}
      {id?.startsWith('file-bind:') && <p className="muted">This line shows a container reading a file through a host bind; select the file or the container to see more.</p>}
      {id?.startsWith('seq:') && <p className="muted">This arrow shows the run order; select a container to move it.</p>}
      {id !== null && id !== KERNEL_NODE_ID && !id.startsWith('seq:') && !id.startsWith('file-bind:') && !container && !volume && !mount && !file && !catchUp && (
        <p className="muted">The selected element is no longer in the config.</p>
      )}
    </aside>
  );
}

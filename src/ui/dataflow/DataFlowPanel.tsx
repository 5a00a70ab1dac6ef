import { useMemo } from 'react';
import { runtimeViewOf } from '../../app/runtimeView.ts';
import { mergedModel } from '../../core/merge/mergedModel.ts';
import { useStudio, useStudioObject } from '../state/StudioContext.tsx';
import { useExplainMode } from '../explain/explainMode.ts';
import { useInspectedView } from '../state/useInspectedView.ts';
import { useDataFlowView } from './dataFlowMode.ts';
import { FlowFindings } from './FlowFindings.tsx';
import { FlowMatrix } from './FlowMatrix.tsx';
import { CatchUpButton } from '../inspector/CatchUpButton.tsx';
import './dataflow.css';

/** The data-flow view: which container writes and reads each volume and shared host path, stage by stage. */
export function DataFlowPanel() {
  const close = useDataFlowView((s) => s.close);
  const explain = useExplainMode((s) => s.on);
  const { view, behind, catchUp } = useInspectedView(true);
  const studio = useStudioObject();
  const files = useStudio((s) => s.files);
  // a build of several files flows as LinuxKit merges it: every file's containers, in merge order
  const good = files.length > 1 ? studio.views.build(files).lastGood : null;
  const single = view.lastGood.parsed.model;
  const model = useMemo(() => (good ? mergedModel(good.map((f) => f.parsed.model)) : single), [good, single]);
  const { flow } = useMemo(() => runtimeViewOf(model), [model]);
  return (
    <section className="data-flow" data-testid="data-flow" aria-label="Data flow between stages" aria-busy={behind}>
      <header className="data-flow-header">
        <h2>Data flow between stages</h2>
        <span className="data-flow-legend">
          boot order, top to bottom · <span className="flow-write flow-legend-chip">✎ writes</span> = read-write mount ·{' '}
          <span className="flow-read flow-legend-chip">◉ reads</span> = read-only
        </span>
        <button type="button" onClick={close} aria-label="Close the data-flow view">
          ×
        </button>
      </header>
      <div className="data-flow-body">
        {catchUp ? (
          <p className="flow-empty" data-testid="flow-catch-up">
            This config is very large: its data flow needs a full analysis on the page, which holds it for a few seconds. <CatchUpButton catchUp={catchUp} />
          </p>
        ) : flow.targets.length === 0 ? (
          <p className="flow-empty">No container mounts a volume, and no host path is shared by two containers.</p>
        ) : (
          <FlowMatrix flow={flow} explain={explain} />
        )}
        {!catchUp && (flow.targets.length > 0 || flow.findings.length > 0) && <FlowFindings findings={flow.findings} />}
      </div>
    </section>
  );
}

import type { FlowFinding } from '../../core/dataflow/types.ts';
import { InlineCode } from '../explain/InlineCode.tsx';
import { useStudioObject } from '../state/StudioContext.tsx';
import { selectFinding, stageLabel } from './flowSelection.ts';

const TITLE: Record<FlowFinding['kind'], string> = {
  'read-before-write': 'read before written',
  'never-written': 'never written',
  'concurrent-writers': 'written at once',
  'hidden-path': 'hidden path',
};

/** What is wrong or surprising in the flow, each pointing at its container or mount. */
export function FlowFindings({ findings }: { findings: readonly FlowFinding[] }) {
  const studio = useStudioObject();
  if (findings.length === 0) return <p className="flow-no-findings">Nothing surprising: every read has a writer before it or is of a volume with contents.</p>;
  return (
    <ul className="flow-findings" aria-label="Findings">
      {findings.map((f, i) => (
        <li key={i}>
          <button type="button" className="flow-finding" data-testid="flow-finding" data-kind={f.kind} data-stage={f.stage} onClick={() => selectFinding(studio, f)}>
            <span className="flow-finding-kind">⚠ {TITLE[f.kind]}</span>
            <span className="flow-finding-stage">{stageLabel(f.stage)}</span>
            <span className="flow-finding-message">
              <InlineCode text={f.message} />
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

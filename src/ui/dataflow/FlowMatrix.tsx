import { Fragment } from 'react';
import type { DataFlow, FlowAccess, FlowStage } from '../../core/dataflow/types.ts';
import { explainStage } from '../../core/dataflow/explainStage.ts';
import { InlineCode } from '../explain/InlineCode.tsx';
import { OriginBadge } from '../runtime/OriginBadge.tsx';
import { useStudio, useStudioObject } from '../state/StudioContext.tsx';
import { findingsOf, isSelected, selectAccess, stageLabel } from './flowSelection.ts';

interface Props {
  flow: DataFlow;
  explain: boolean;
}

/** Stages as rows (boot order, top to bottom), volumes and shared host paths as columns. */
export function FlowMatrix({ flow, explain }: Props) {
  const onboot = flow.stages.filter((s) => s.section === 'onboot').length;
  return (
    <table className="flow-matrix">
      <thead>
        <tr>
          <th scope="col" className="flow-stage-head">
            stage
          </th>
          {flow.targets.map((t) => (
            <th key={`${t.kind}:${t.name}`} scope="col" className={`flow-target flow-target-${t.kind}`}>
              <span className="mono">{t.name}</span>{' '}
              <span className={`flow-kind flow-kind-${t.kind}`}>{t.kind === 'host' ? 'host path' : t.blank ? 'blank volume' : 'volume'}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {flow.stages.map((s) => (
          <Fragment key={s.id}>
            <tr className={`flow-stage flow-section-${s.section}`} data-testid="flow-stage" data-stage={s.id}>
              <th scope="row" className="flow-stage-name">
                <span className={`flow-stage-tag section-${s.section}`}>{stageLabel(s.id)}</span>
                <span className="flow-stage-containers">{s.containers.map((c) => c.name || '(no name)').join(', ')}</span>
              </th>
              {flow.targets.map((t) => (
                <td key={`${t.kind}:${t.name}`}>
                  <AccessList stage={s} accesses={s.accesses.filter((a) => a.target === t.name && a.kind === t.kind)} flow={flow} />
                </td>
              ))}
            </tr>
            {explain && (
              <tr className="flow-explain-row">
                <td colSpan={flow.targets.length + 1} data-testid="flow-explain">
                  <div className="flow-explain-text">
                    <InlineCode text={explainStage(s, flow.stages.indexOf(s), s.section === 'onboot' ? onboot : 1)} />
                  </div>
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

function AccessList({ stage, accesses, flow }: { stage: FlowStage; accesses: FlowAccess[]; flow: DataFlow }) {
  const studio = useStudioObject();
  const selection = useStudio((s) => s.selection);
  if (accesses.length === 0) return null;
  return (
    <ul className="flow-accesses">
      {accesses.map((a) => {
        const problems = findingsOf(flow.findings, a);
        return (
          <li key={`${a.containerId}:${a.destination}`}>
            <button
              type="button"
              data-testid="flow-access"
              data-volume={a.target}
              data-container={a.containerId}
              data-stage={a.stage}
              data-access={a.access}
              data-kind={a.kind}
              aria-pressed={isSelected(selection, a)}
              className={`flow-access flow-${a.access}${problems.length ? ' has-finding' : ''}`}
              title={[`${a.containerName} ${a.access === 'write' ? 'mounts it read-write (may write)' : 'mounts it read-only (reads)'} at ${a.destination}`, ...problems.map((p) => p.message)].join('\n')}
              onClick={() => selectAccess(studio, a)}
            >
              <span className="flow-verb">{a.access === 'write' ? '✎ writes' : '◉ reads'}</span>
              {stage.containers.length > 1 && <span className="flow-who">{a.containerName}</span>}
              <span className="mono flow-dest">{a.destination}</span>
              {a.origin !== 'config' && <OriginBadge origin={a.origin} />}
              {problems.length > 0 && <span className="flow-warn" aria-label="has a finding">⚠</span>}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

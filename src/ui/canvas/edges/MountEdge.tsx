import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useStudioStore } from '../../state/StudioContext.tsx';
import type { MountFlowEdge } from '../flowTypes.ts';
import { EdgeLabelPortal, besidePort } from './EdgeLabelPortal.tsx';

/** volume → container: labelled with the destination and ro/rw, styled by read-only state and form. */
function MountEdgeView(props: EdgeProps<MountFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props;
  const [path] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const store = useStudioStore();
  if (!data) return null;
  const hasError = data.counts.errors > 0;
  const problem = data.diagnostics.map((d) => `${d.severity}[${d.code}]: ${d.message}`).join('\n');
  const className = [
    'mount-edge',
    data.readOnly ? 'is-ro' : 'is-rw',
    `form-${data.form.replace('.', '-')}`,
    hasError ? 'has-error' : data.counts.warnings > 0 ? 'has-warning' : '',
    selected ? 'is-selected' : '',
  ].join(' ');
  return (
    <>
      <BaseEdge id={id} path={path} className={className} />
      <EdgeLabelPortal>
        <div
          className={`edge-label nodrag nopan ${className}`}
          style={besidePort(data.labelSide, targetX, targetY)}
          title={problem || `${data.form}: ${data.destination} (${data.readOnly ? 'read-only' : 'read-write'})`}
          data-edge-id={id}
          role="button"
          tabIndex={0}
          onMouseDown={(e) => e.stopPropagation()}
          onClick={(e) => {
            e.stopPropagation();
            const { selection, setSelection } = store.getState();
            setSelection(e.shiftKey || e.metaKey || e.ctrlKey ? [...new Set([...selection, id])] : [id]);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') store.getState().setSelection([id]);
          }}
        >
          {/* the name is the visible text with words around it, so speech input can say what it sees */}
          <span className="sr-only">mount </span>
          {hasError && <span className="edge-error-mark" aria-hidden="true">!</span>}
          {hasError && <span className="sr-only">with an error, </span>}
          <span className="edge-dest">{data.destination}</span> <span className={`edge-mode ${data.readOnly ? 'ro' : 'rw'}`}>{data.readOnly ? 'ro' : 'rw'}</span>
          <span className="sr-only">{data.readOnly ? '(read-only)' : '(read-write)'}</span>
        </div>
      </EdgeLabelPortal>
    </>
  );
}

export const MountEdge = memo(MountEdgeView);

import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FileBindFlowEdge } from '../flowTypes.ts';
import { EdgeLabelPortal, besidePort } from './EdgeLabelPortal.tsx';

/** file → container: the container reads the file through a host bind; labelled with where the file appears inside it. */
function FileBindEdgeView(props: EdgeProps<FileBindFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data } = props;
  const [path] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  if (!data) return null;
  const mode = data.readOnly ? 'ro' : 'rw';
  const className = `file-bind-edge ${data.readOnly ? 'is-ro' : 'is-rw'}`;
  const bind = `${data.origin === 'image' ? "the image's default bind" : 'the bind'} ${data.bindSource}`;
  return (
    <>
      <BaseEdge id={id} path={path} className={className} />
      <EdgeLabelPortal>
        <div
          className={`file-bind-label nodrag nopan ${className}`}
          style={besidePort(data.labelSide, targetX, targetY)}
          title={`Seen at ${data.destination} (${data.readOnly ? 'read-only' : 'read-write'}) through ${bind}`}
          data-edge-id={id}
        >
          <span className="edge-dest">{data.destination}</span> <span className={`edge-mode ${mode}`}>{mode}</span>
        </div>
      </EdgeLabelPortal>
    </>
  );
}

export const FileBindEdge = memo(FileBindEdgeView);

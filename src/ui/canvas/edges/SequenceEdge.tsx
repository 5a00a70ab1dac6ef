import { BaseEdge, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { SequenceFlowEdge } from '../flowTypes.ts';

/** The run order between consecutive onboot (or onshutdown) containers. */
function SequenceEdgeView({ id, sourceX, sourceY, targetX, targetY, data }: EdgeProps<SequenceFlowEdge>) {
  // from the bottom centre of one node to the top centre of the next
  const [path] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY });
  return <BaseEdge id={id} path={path} className={`sequence-edge section-${data?.section ?? 'onboot'}`} markerEnd="url(#seq-arrow)" />;
}

export const SequenceEdge = memo(SequenceEdgeView);

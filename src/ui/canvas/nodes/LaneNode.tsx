import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { LaneFlowNode } from '../flowTypes.ts';

const LANE_TITLE = {
  onboot: { title: 'onboot', hint: 'run in order, to completion, at boot' },
  services: { title: 'services', hint: 'long-running, started together' },
  onshutdown: { title: 'onshutdown', hint: 'run in order at shutdown' },
  volumes: { title: 'volumes', hint: 'drag a volume to a container to mount it' },
} as const;

/** A lifecycle lane drawn behind its containers. */
function LaneNodeView({ data }: NodeProps<LaneFlowNode>) {
  const t = LANE_TITLE[data.section];
  return (
    <div className={`lane lane-${data.section}`} style={{ width: data.width, height: data.height }} data-lane={data.section}>
      <div className="lane-header">
        <span className="lane-title">{t.title}</span>
        <span className="lane-hint">{t.hint}</span>
        <span className="lane-count">{data.count}</span>
      </div>
    </div>
  );
}

export const LaneNode = memo(LaneNodeView);

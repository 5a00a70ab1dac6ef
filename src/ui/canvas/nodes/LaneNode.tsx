import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { LaneFlowNode } from '../flowTypes.ts';

const LANE_TITLE = {
  onboot: { title: 'onboot', hint: 'run in order, to completion, at boot' },
  services: { title: 'services', hint: 'long-running, started together' },
  onshutdown: { title: 'onshutdown', hint: 'run in order at shutdown' },
  volumes: { title: 'volumes', hint: 'drag a volume to a container to mount it' },
  files: { title: 'files', hint: 'written at build time, read through host binds' },
} as const;

const HINT_STYLE = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', minWidth: 0 } as const;

/** A lifecycle lane drawn behind its containers. */
function LaneNodeView({ data }: NodeProps<LaneFlowNode>) {
  const t = LANE_TITLE[data.section];
  // a very large build draws the first few hundred of a lane: the header says so, in place of the hint
  const drawn = (data.count - data.notDrawn).toLocaleString('en');
  const hint = data.notDrawn > 0 ? `${drawn} of ${data.count.toLocaleString('en')} drawn` : t.hint;
  const tip = data.notDrawn > 0 ? `A build this large draws the first ${drawn} of this lane; the editor and the outline hold every one.` : t.hint;
  return (
    <div className={`lane lane-${data.section}`} style={{ width: data.width, height: data.height }} data-lane={data.section}>
      <div className="lane-header">
        <span className="lane-title">{t.title}</span>
        {/* one line: a wrapped hint ran into the lane's first node; the full text is in the tooltip */}
        <span className={`lane-hint${data.notDrawn > 0 ? ' is-partial' : ''}`} title={tip} style={HINT_STYLE} data-testid={data.notDrawn > 0 ? 'lane-not-drawn' : undefined}>
          {hint}
        </span>
        <span className="lane-count">{data.count.toLocaleString('en')}</span>
      </div>
    </div>
  );
}

export const LaneNode = memo(LaneNodeView);

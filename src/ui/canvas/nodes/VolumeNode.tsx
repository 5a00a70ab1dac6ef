import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { NODE_METRICS } from '../../../core/graph/nodeSize.ts';
import { BlankVolumeIcon, ImageVolumeIcon, LockIcon, OciVolumeIcon } from '../../icons/Icons.tsx';
import type { VolumeFlowNode } from '../flowTypes.ts';
import { Badges } from './Badges.tsx';
import { FileTag } from './FileTag.tsx';

const KIND_LABEL = { blank: 'blank volume', image: 'image volume', oci: 'OCI layout volume' } as const;
const KIND_ICON = { blank: BlankVolumeIcon, image: ImageVolumeIcon, oci: OciVolumeIcon } as const;

function VolumeNodeView({ data, selected }: NodeProps<VolumeFlowNode>) {
  const Icon = KIND_ICON[data.kind];
  return (
    <div
      className={`node volume-node kind-${data.kind}${data.readonly ? ' is-readonly' : ''}${selected ? ' is-selected' : ''}${data.counts.errors > 0 ? ' has-errors' : ''}`}
      style={{ width: NODE_METRICS.volume.width }}
      aria-label={`${data.readonly ? 'read-only ' : ''}${KIND_LABEL[data.kind]} ${data.name || '(no name)'}`}
    >
      <div className="node-header" style={{ height: NODE_METRICS.volume.header }}>
        <div className="node-title">
          <Icon className="node-icon" title={KIND_LABEL[data.kind]} />
          <span className="node-name">{data.name || <em>no name</em>}</span>
          {data.readonly && <LockIcon className="lock-icon" title="read-only: containers must mount it with ro" />}
          <Badges counts={data.counts} diagnostics={data.diagnostics} />
        </div>
        <div className="node-subtitle">
          {KIND_LABEL[data.kind]} · {data.mountCount} mount{data.mountCount === 1 ? '' : 's'}
        </div>
        <FileTag file={data.file} />
      </div>
      {data.image && (
        <div className="node-row" style={{ height: NODE_METRICS.row }} title={data.image.full}>
          {data.image.short}
        </div>
      )}
      {data.platforms.length > 0 && (
        <div className="node-row" style={{ height: NODE_METRICS.row }}>
          {data.platforms.join(', ')}
        </div>
      )}
      <Handle type="source" id="mount" position={Position.Right} className="handle handle-mount" title="Drag to a container to mount" />
      {/* onboot containers sit left of the volumes: their edges leave from this side */}
      <Handle type="source" id="mount-left" position={Position.Left} className="handle handle-mount" title="Drag to an onboot container to mount" />
    </div>
  );
}

export const VolumeNode = memo(VolumeNodeView);

import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { NODE_METRICS, PORTS, portsHeight } from '../../../core/graph/nodeSize.ts';
import { ContainerIcon } from '../../icons/Icons.tsx';
import type { ContainerFlowNode } from '../flowTypes.ts';
import { Badges } from './Badges.tsx';
import { FileTag } from './FileTag.tsx';
import { PackageDefaultsRow } from './PackageDefaultsRow.tsx';
import { PortHandles } from './PortHandles.tsx';
import { RowList } from './RowList.tsx';

const SECTION_LABEL = { onboot: 'onboot', services: 'service', onshutdown: 'onshutdown' } as const;

function ContainerNodeView({ data, selected }: NodeProps<ContainerFlowNode>) {
  const caps = [...data.capabilities, ...data.capabilitiesAdd.map((c) => `+${c}`)];
  const flags = [
    data.net !== null ? `net: ${data.net}` : null,
    data.pid !== null ? `pid: ${data.pid}` : null,
    data.readonlyRoot ? 'readonly root' : null,
  ].filter((f): f is string => f !== null);
  const hasErrors = data.counts.errors > 0;
  return (
    <div
      className={`node container-node section-${data.section}${selected ? ' is-selected' : ''}${hasErrors ? ' has-errors' : ''}`}
      // as tall as its ports need (layout reserves that height): an edge never ends below the box
      style={{ width: NODE_METRICS.container.width, minHeight: portsHeight(data.volumeMounts + data.fileBinds) }}
      aria-label={`${SECTION_LABEL[data.section]} container ${data.name || '(no name)'}`}
    >
      {/* new mounts are drawn to the side that faces the volume column; a handle is a mouse
          target (no role, not focusable): the keyboard mounts from the inspector */}
      <Handle
        type="target"
        id="mount"
        position={data.section === 'onboot' ? Position.Right : Position.Left}
        className="handle handle-mount"
        style={{ top: PORTS.top }}
        title="Drop a volume's handle here to mount it"
      />
      <PortHandles count={data.volumeMounts + data.fileBinds} />
      <Handle type="target" id="seq-in" position={Position.Top} className="handle handle-sequence" isConnectable={false} />
      <div className="node-header" style={{ height: NODE_METRICS.container.header }}>
        <div className="node-title">
          {data.order !== null && <span className="order-badge" title={`Runs ${ordinal(data.order)} in ${data.section}`}>{data.order}</span>}
          <ContainerIcon className="node-icon" />
          <span className="node-name">{data.name || <em>no name</em>}</span>
          <Badges counts={data.counts} diagnostics={data.diagnostics} />
        </div>
        <div className="node-subtitle" title={data.image?.full ?? 'no image'}>
          {data.image ? data.image.short : <em>no image</em>}
        </div>
        <FileTag file={data.file} />
      </div>
      {flags.length > 0 && <div className="node-row node-flags">{flags.join(' · ')}</div>}
      {data.packageDefaults && (
        <PackageDefaultsRow defaults={data.packageDefaults} replaced={data.bindsReplaceDefaults} />
      )}
      <RowList
        label="capabilities"
        items={chunk(caps, NODE_METRICS.capabilitiesPerRow).map((row) => row.join('  '))}
      />
      <RowList
        label="binds & mounts"
        items={data.inlineMounts.map(
          (m) => `${m.dangling ? '⚠ ' : ''}${m.source} → ${m.destination}${m.readOnly ? ' (ro)' : ''}`,
        )}
        titles={data.inlineMounts.map((m) =>
          m.dangling
            ? `Volume "${m.source}" is not defined`
            : `${m.form}: ${m.type} ${m.source} → ${m.destination} ${m.options.join(',')}`,
        )}
      />
      <RowList label="tmpfs" items={data.tmpfs} />
      <Handle type="source" id="seq-out" position={Position.Bottom} className="handle handle-sequence" isConnectable={false} />
    </div>
  );
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function ordinal(n: number): string {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return n + (s[(v - 20) % 10] || s[v] || s[0]);
}

export const ContainerNode = memo(ContainerNodeView);

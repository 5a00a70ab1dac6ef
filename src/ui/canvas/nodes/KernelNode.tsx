import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { NODE_METRICS } from '../../../core/graph/nodeSize.ts';
import { KernelIcon } from '../../icons/Icons.tsx';
import type { KernelFlowNode } from '../flowTypes.ts';
import { Badges } from './Badges.tsx';
import { FileTag } from './FileTag.tsx';
import { RowList } from './RowList.tsx';

function KernelNodeView({ data, selected }: NodeProps<KernelFlowNode>) {
  return (
    <div
      className={`node kernel-node${selected ? ' is-selected' : ''}`}
      style={{ width: NODE_METRICS.kernel.width }}
      aria-label="kernel and init"
    >
      <div className="node-header" style={{ height: NODE_METRICS.kernel.header }}>
        <div className="node-title">
          <KernelIcon className="node-icon" />
          <span className="node-name">kernel</span>
          <Badges counts={data.counts} diagnostics={data.diagnostics} />
        </div>
        <div className="node-subtitle" title={data.image?.full ?? 'no kernel image'}>
          {data.image?.short ?? 'no image'}
        </div>
        <FileTag file={data.file} />
      </div>
      {data.cmdline !== null && (
        <div className="node-row" style={{ height: NODE_METRICS.row }} title={data.cmdline}>
          cmdline: {data.cmdline}
        </div>
      )}
      <RowList label="init" items={data.init.map((i) => i.short)} titles={data.init.map((i) => i.full)} />
    </div>
  );
}

export const KernelNode = memo(KernelNodeView);

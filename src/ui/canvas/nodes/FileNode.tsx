import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { NODE_METRICS } from '../../../core/graph/nodeSize.ts';
import type { FileFlowNode } from '../flowTypes.ts';
import { Badges } from './Badges.tsx';
import { FileTag } from './FileTag.tsx';
import { fileDescription, fileKindLabel, fileName, folderOf } from './fileDescription.ts';
import './fileNode.css';

function FileIcon({ directory }: { directory: boolean }) {
  return (
    <svg className="node-icon" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" aria-hidden="true">
      {directory ? <path d="M2 4.5h4l1.5 1.5H14v7H2z" /> : <path d="M4 1.8h5.2L12.5 5v9.2H4zM9 1.8V5h3.5" />}
    </svg>
  );
}

/** One `files:` entry: its host path, kind and mode; its edges lead to the containers that bind it. */
function FileNodeView({ data, selected }: NodeProps<FileFlowNode>) {
  const description = fileDescription(data);
  return (
    <div
      className={`node file-node${selected ? ' is-selected' : ''}${data.counts.errors > 0 ? ' has-errors' : ''}`}
      style={{ width: NODE_METRICS.file.width }}
      title={description}
      aria-label={description}
    >
      <div className="node-header" style={{ height: NODE_METRICS.file.header }}>
        <div className="node-title">
          <FileIcon directory={data.kind === 'directory'} />
          {/* the name is the last part of the path (what differs most between entries), its folder below */}
          <span className="node-name">{data.hostPath ? fileName(data.hostPath) : <em>no path</em>}</span>
          <Badges counts={data.counts} diagnostics={data.diagnostics} />
        </div>
        <div className="node-subtitle">{data.hostPath ? folderOf(data.hostPath) : 'files entry'}</div>
        <FileTag file={data.file} />
      </div>
      <div className="node-row file-kind" style={{ height: NODE_METRICS.row }}>
        {fileKindLabel(data)} · {data.mode}
        {data.optional ? ' · optional' : ''}
      </div>
      {data.detail !== null && (
        <div className="node-row" style={{ height: NODE_METRICS.row }}>
          {data.kind === 'symlink' ? '→ ' : ''}
          {data.detail}
        </div>
      )}
      {/* where file-bind edges leave: the side facing the container (not for drawing new edges) */}
      <Handle type="source" id="file" position={Position.Right} className="handle handle-file" isConnectable={false} />
      <Handle type="source" id="file-left" position={Position.Left} className="handle handle-file" isConnectable={false} />
    </div>
  );
}

export const FileNode = memo(FileNodeView);

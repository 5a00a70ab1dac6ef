import type { Edge, Node } from '@xyflow/react';
import type {
  ContainerNodeData,
  FileBindEdge,
  FileNodeData,
  KernelNodeData,
  MountEdgeData,
  VolumeNodeData,
} from '../../core/graph/types.ts';
import type { ColumnKey, Side } from '../../core/graph/layout.ts';
import type { Section } from '../../core/model/types.ts';

export interface LaneData extends Record<string, unknown> {
  section: ColumnKey;
  count: number;
  /** How many of the lane's nodes are not drawn (a very large build draws the first few hundred). */
  notDrawn: number;
  width: number;
  height: number;
}

export type ContainerFlowNode = Node<ContainerNodeData & Record<string, unknown>, 'container'>;
export type VolumeFlowNode = Node<VolumeNodeData & Record<string, unknown>, 'volume'>;
export type KernelFlowNode = Node<KernelNodeData & Record<string, unknown>, 'kernel'>;
export type FileFlowNode = Node<FileNodeData & Record<string, unknown>, 'file'>;
export type LaneFlowNode = Node<LaneData, 'lane'>;
export type StudioFlowNode = ContainerFlowNode | VolumeFlowNode | KernelFlowNode | FileFlowNode | LaneFlowNode;

/** `labelSide`: the container side the edge enters; its label sits in the gap on that side. */
export type MountFlowEdge = Edge<MountEdgeData & { labelSide: Side } & Record<string, unknown>, 'mount'>;
export type SequenceFlowEdge = Edge<{ section: Section }, 'sequence'>;
export type FileBindFlowEdge = Edge<FileBindEdge['data'] & { labelSide: Side } & Record<string, unknown>, 'file-bind'>;
export type StudioFlowEdge = MountFlowEdge | SequenceFlowEdge | FileBindFlowEdge;

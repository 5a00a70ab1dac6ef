import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { FileBindEdge } from './edges/FileBindEdge.tsx';
import { MountEdge } from './edges/MountEdge.tsx';
import { SequenceEdge } from './edges/SequenceEdge.tsx';
import { ContainerNode } from './nodes/ContainerNode.tsx';
import { FileNode } from './nodes/FileNode.tsx';
import { KernelNode } from './nodes/KernelNode.tsx';
import { LaneNode } from './nodes/LaneNode.tsx';
import { VolumeNode } from './nodes/VolumeNode.tsx';

/** The components of every node and edge type of the graph: the canvas and the compare view draw with the same ones. */
export const NODE_TYPES: NodeTypes = { container: ContainerNode, volume: VolumeNode, kernel: KernelNode, file: FileNode, lane: LaneNode };
export const EDGE_TYPES: EdgeTypes = { mount: MountEdge, sequence: SequenceEdge, 'file-bind': FileBindEdge };

import { useStore, type ReactFlowState } from '@xyflow/react';
import type { CSSProperties } from 'react';
import { EDGE_LABEL, type Side } from '../../../core/graph/ports.ts';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

const hosts = new WeakMap<HTMLElement, HTMLElement>();

// React Flow's EdgeLabelRenderer runs `querySelector` in a store selector, i.e. once per edge
// on every store update (each pointer move of a drag or pan): with hundreds of labelled edges
// that was most of the frame time. The host element is found once per flow and remembered.
function labelHost(s: ReactFlowState): HTMLElement | null {
  const root = s.domNode;
  if (!root) return null;
  const known = hosts.get(root);
  if (known?.isConnected) return known;
  const found = root.querySelector<HTMLElement>('.react-flow__edgelabel-renderer');
  if (found) hosts.set(root, found);
  return found;
}

/** Renders an edge label into React Flow's label layer (what EdgeLabelRenderer does, without its per-update DOM query). */
export function EdgeLabelPortal({ children }: { children: ReactNode }) {
  const host = useStore(labelHost);
  return host ? createPortal(children, host) : null;
}

/** Where an edge's label goes: beside the container's port, in the gap on the side the edge enters (ports are apart, so labels never meet). */
export function besidePort(side: Side, x: number, y: number): CSSProperties {
  return {
    transform: side === 'left' ? `translate(-100%, -50%) translate(${x - EDGE_LABEL.gap}px, ${y}px)` : `translate(0, -50%) translate(${x + EDGE_LABEL.gap}px, ${y}px)`,
    maxWidth: EDGE_LABEL.maxWidth,
  };
}

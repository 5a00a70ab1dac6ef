import { Handle, Position, useNodeId, useUpdateNodeInternals } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { PORTS } from '../../../core/graph/nodeSize.ts';
import type { Side } from '../../../core/graph/ports.ts';

/** The handle id of a container's mount port (see core/graph/ports.ts). */
export function portHandleId(side: Side, index: number): string {
  return `port-${side}-${index}`;
}

/**
 * Where mount edges end: one port per volume mount on each side of the container (the edge
 * takes the side facing its volume). Not for drawing new mounts: that is the `mount` handle.
 */
export function PortHandles({ count }: { count: number }) {
  const id = useNodeId();
  const updateNodeInternals = useUpdateNodeInternals();
  // React Flow measures handles when a node mounts or resizes; a port added later may not resize
  // it. Only a later change asks again: asking for every node as it mounts re-measured the whole
  // graph once per node (a 300-container config took 45 s to open)
  const measured = useRef(count);
  useEffect(() => {
    if (!id || measured.current === count) return;
    measured.current = count;
    updateNodeInternals(id);
  }, [id, count, updateNodeInternals]);
  const out = [];
  for (let i = 0; i < count; i++) {
    for (const side of ['left', 'right'] as const) {
      out.push(
        <Handle
          key={`${side}-${i}`}
          type="target"
          id={portHandleId(side, i)}
          position={side === 'left' ? Position.Left : Position.Right}
          className="handle handle-port"
          style={{ top: PORTS.top + i * PORTS.pitch }}
          isConnectable={false}
        />,
      );
    }
  }
  return <>{out}</>;
}

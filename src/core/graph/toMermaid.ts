import { SECTIONS } from '../model/types.ts';
import type { ContainerNode, Graph, GraphNode } from './types.ts';

/**
 * A Mermaid flowchart of the graph for READMEs: one subgraph per stage (onboot in run order,
 * services, onshutdown), volumes as cylinders, each mount an edge labelled with its
 * destination and `ro`/`rw`, file entries as documents with an edge to each container that
 * binds them. Node ids are generated (`c0`, `v0`, `f0`); every label is escaped.
 */
export function graphToMermaid(graph: Graph): string {
  const ids = new Map<string, string>();
  const lines = ['flowchart LR'];
  let containers = 0;
  let volumes = 0;
  let files = 0;
  const shortId = (node: GraphNode) =>
    node.type === 'kernel' ? 'kernel' : node.type === 'volume' ? `v${volumes++}` : node.type === 'file' ? `f${files++}` : `c${containers++}`;
  for (const node of graph.nodes) ids.set(node.id, shortId(node));
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const kernel = graph.nodes.find((n) => n.type === 'kernel');
  if (kernel) lines.push(`  ${ids.get(kernel.id)}[${label(nodeLines(kernel))}]`);
  for (const section of SECTIONS) {
    const lane = graph.lanes.find((l) => l.section === section);
    const members = (lane?.containerIds ?? []).map((id) => byId.get(id)).filter((n): n is ContainerNode => n?.type === 'container');
    if (members.length === 0) continue;
    lines.push(`  subgraph ${section}[${label([section])}]`);
    lines.push('    direction TB');
    for (const n of members) lines.push(`    ${ids.get(n.id)}[${label(nodeLines(n))}]`);
    lines.push('  end');
  }
  for (const n of graph.nodes) if (n.type === 'volume') lines.push(`  ${ids.get(n.id)}[(${label(nodeLines(n))})]`);
  for (const n of graph.nodes) if (n.type === 'file') lines.push(`  ${ids.get(n.id)}[/${label(nodeLines(n))}/]`);
  for (const e of graph.edges) {
    const from = ids.get(e.source);
    const to = ids.get(e.target);
    if (!from || !to) continue;
    if (e.type === 'sequence') lines.push(`  ${from} -.-> ${to}`);
    else if (e.type === 'file-bind') lines.push(`  ${from} -.->|${label([`${e.data.destination} ${e.data.readOnly ? 'ro' : 'rw'}`])}| ${to}`);
    else lines.push(`  ${from} -->|${label([`${e.data.destination} ${e.data.readOnly ? 'ro' : 'rw'}`])}| ${to}`);
  }
  return `${lines.join('\n')}\n`;
}

function nodeLines(node: GraphNode): string[] {
  switch (node.type) {
    case 'container': {
      const d = node.data;
      const title = `${d.order !== null ? `${d.order}. ` : ''}${d.name || '(no name)'}`;
      const inline = d.inlineMounts.map((m) => `${m.source} → ${m.destination} ${m.readOnly ? 'ro' : 'rw'}`);
      return [title, ...(d.image ? [d.image.short] : []), ...inline];
    }
    case 'volume':
      return [`${node.data.name || '(no name)'}${node.data.readonly ? ' (read-only)' : ''}`, ...(node.data.image ? [node.data.image.short] : [])];
    case 'file':
      return [node.data.hostPath || '(no path)', `${node.data.kind ?? 'nothing to write'} ${node.data.mode}`];
    case 'kernel':
      return ['kernel', ...(node.data.image ? [node.data.image.short] : []), ...node.data.init.map((i) => `init ${i.short}`)];
  }
}

/** A quoted Mermaid label: lines joined with `<br/>`, the text's own markup characters as entity codes. */
export function label(lines: readonly string[]): string {
  return `"${lines.map(escapeMermaid).join('<br/>')}"`;
}

function escapeMermaid(text: string): string {
  const shown = text.length > 60 ? `${text.slice(0, 59)}…` : text;
  // eslint-disable-next-line no-control-regex
  return shown.replace(/[\x00-\x1f\x7f]/g, ' ').replace(/[#"<>&`]/g, (c) => `#${c.charCodeAt(0)};`);
}

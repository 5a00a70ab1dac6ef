import { laneFrames } from './laneFrames.ts';
import { nodeRects, type Positions, type Rect } from './geometry.ts';
import { EDGE_LABEL, mountPorts } from './ports.ts';
import type { Graph, GraphNode } from './types.ts';

/** Colours of the picture (light theme; pictures go into docs and slides). */
const COLOURS = {
  background: '#ffffff',
  text: '#1c2430',
  muted: '#667085',
  border: '#d9dde3',
  onboot: '#c77700',
  services: '#2f6fed',
  onshutdown: '#8a4fd8',
  volumes: '#0f8f82',
  files: '#4d7c0f',
  error: '#d92d20',
} as const;

const MARGIN = 24;

const MARKUP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for SVG content and attributes: user data is never markup. Characters XML 1.0
 * forbids even as references (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF),
 * which a YAML-escaped name such as "a\x01b" holds, become visible stand-ins (␁, U+FFFD), so
 * the picture stays well-formed XML (a PNG export parses it).
 */
export function escapeXml(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[&<>"']|[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) => {
    if (c in MARKUP) return MARKUP[c];
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : '\ufffd';
  });
}

/**
 * A standalone SVG picture of the WHOLE graph (not just what the canvas shows):
 * lanes, nodes with their names and images, mount edges with destination and ro/rw, file
 * entries with the host binds through which containers read them.
 */
export function graphToSvg(graph: Graph, positions: Positions): { svg: string; width: number; height: number } {
  const rects = nodeRects(graph, positions);
  const frames = laneFrames(graph, positions);
  const ports = mountPorts(graph, positions);
  const all: Rect[] = [...rects.values(), ...frames];
  const minX = Math.min(0, ...all.map((r) => r.x)) - MARGIN;
  const minY = Math.min(0, ...all.map((r) => r.y)) - MARGIN;
  const width = Math.ceil(Math.max(1, ...all.map((r) => r.x + r.width)) - minX + MARGIN);
  const height = Math.ceil(Math.max(1, ...all.map((r) => r.y + r.height)) - minY + MARGIN);
  const parts: string[] = [];
  parts.push(`<rect x="${minX}" y="${minY}" width="${width}" height="${height}" fill="${COLOURS.background}"/>`);
  for (const f of frames) {
    const colour = COLOURS[f.key];
    parts.push(
      `<g class="lane"><rect x="${f.x}" y="${f.y}" width="${f.width}" height="${f.height}" rx="12" fill="${colour}" fill-opacity="0.06" stroke="${colour}" stroke-opacity="0.35" stroke-dasharray="4 3"/>` +
        text(f.x + 12, f.y + 22, f.key.toUpperCase(), { fill: colour, weight: 700, size: 11 }) +
        '</g>',
    );
  }
  for (const e of graph.edges) {
    const a = rects.get(e.source);
    const b = rects.get(e.target);
    if (!a || !b) continue;
    if (e.type === 'sequence') {
      const x1 = a.x + a.width / 2, y1 = a.y + a.height, x2 = b.x + b.width / 2, y2 = b.y;
      parts.push(`<path d="M${x1},${y1} L${x2},${y2}" stroke="${COLOURS.muted}" stroke-width="1.5" fill="none"/>`);
      continue;
    }
    // as on the canvas: from the volume's side facing the container to the container's port facing the volume
    const port = ports.get(e.id);
    const left = port?.targetSide !== 'right';
    const x1 = left ? a.x + a.width : a.x, y1 = a.y + a.height / 2;
    const x2 = left ? b.x : b.x + b.width, y2 = b.y + (port?.offsetY ?? 28);
    const mid = (x1 + x2) / 2;
    const fileBind = e.type === 'file-bind';
    const colour = fileBind ? COLOURS.files : e.data.counts.errors > 0 ? COLOURS.error : COLOURS.volumes;
    const dash = fileBind
      ? ' stroke-dasharray="8 3 2 3"'
      : e.data.form === 'binds' ? '' : e.data.form === 'binds.add' ? ' stroke-dasharray="6 3"' : ' stroke-dasharray="2 3"';
    parts.push(
      `<g class="${fileBind ? 'file-bind' : 'mount'}" data-id="${escapeXml(e.id)}"><path d="M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}" stroke="${colour}" stroke-width="2" fill="none"${dash}/>` +
        text(left ? x2 - EDGE_LABEL.gap : x2 + EDGE_LABEL.gap, y2 - 4, `${e.data.destination} ${e.data.readOnly ? 'ro' : 'rw'}`, { anchor: left ? 'end' : 'start', size: EDGE_LABEL.fontSize, mono: true }) +
        '</g>',
    );
  }
  for (const node of graph.nodes) {
    const r = rects.get(node.id);
    if (r) parts.push(nodeSvg(node, r));
  }
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${minX} ${minY} ${width} ${height}" font-family="system-ui, sans-serif">` +
    parts.join('') +
    '</svg>';
  return { svg, width, height };
}

function nodeSvg(node: GraphNode, r: Rect): string {
  const colour =
    node.type === 'container'
      ? COLOURS[node.data.section]
      : node.type === 'volume'
        ? COLOURS.volumes
        : node.type === 'file'
          ? COLOURS.files
          : COLOURS.muted;
  const hasErrors = node.data.counts.errors > 0;
  const lines: string[] = [];
  let title: string;
  if (node.type === 'container') {
    title = `${node.data.order !== null ? `${node.data.order}. ` : ''}${node.data.name || '(no name)'}`;
    if (node.data.image) lines.push(node.data.image.short);
    for (const m of node.data.inlineMounts) lines.push(`${m.source} → ${m.destination}${m.readOnly ? ' (ro)' : ''}`);
    for (const t of node.data.tmpfs) lines.push(`tmpfs ${t}`);
  } else if (node.type === 'volume') {
    title = `${node.data.name || '(no name)'}${node.data.readonly ? ' 🔒' : ''}`;
    lines.push(`${node.data.kind} volume`);
    if (node.data.image) lines.push(node.data.image.short);
  } else if (node.type === 'file') {
    title = node.data.hostPath || '(no path)';
    lines.push(`${node.data.kind ?? 'nothing to write'} · ${node.data.mode}`);
    if (node.data.detail !== null) lines.push(node.data.detail);
  } else {
    title = 'kernel';
    if (node.data.image) lines.push(node.data.image.short);
    for (const i of node.data.init) lines.push(`init ${i.short}`);
  }
  const rows = lines
    .slice(0, Math.max(0, Math.floor((r.height - 40) / 16)))
    .map((l, i) => text(r.x + 10, r.y + 42 + i * 16, l, { fill: COLOURS.muted, size: 11, mono: true }))
    .join('');
  return (
    `<g class="node" data-id="${escapeXml(node.id)}">` +
    `<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" rx="8" fill="#fff" stroke="${hasErrors ? COLOURS.error : COLOURS.border}"/>` +
    `<rect x="${r.x}" y="${r.y}" width="${r.width}" height="4" fill="${colour}"/>` +
    text(r.x + 10, r.y + 24, title, { weight: 600, size: 16 }) +
    rows +
    '</g>'
  );
}

function text(
  x: number,
  y: number,
  content: string,
  o: { fill?: string; size?: number; weight?: number; anchor?: 'middle' | 'start' | 'end'; mono?: boolean } = {},
): string {
  const attrs = [
    `x="${x}"`,
    `y="${y}"`,
    `font-size="${o.size ?? 12}"`,
    `fill="${o.fill ?? COLOURS.text}"`,
    o.weight ? `font-weight="${o.weight}"` : '',
    o.anchor ? `text-anchor="${o.anchor}"` : '',
    o.mono ? 'font-family="ui-monospace, monospace"' : '',
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${escapeXml(content.length > 48 ? `${content.slice(0, 47)}…` : content)}</text>`;
}

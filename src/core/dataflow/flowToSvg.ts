import { escapeXml } from '../graph/toSvg.ts';
import type { DataFlow, FlowAccess } from './types.ts';

/** Light-theme colours, as the graph picture's (src/core/graph/toSvg.ts). */
const C = { text: '#1c2430', muted: '#667085', border: '#d9dde3', write: '#c77700', read: '#2f6fed', warn: '#b87300', volume: '#0f8f82' } as const;
const SECTION = { onboot: '#c77700', services: '#2f6fed', onshutdown: '#8a4fd8' } as const;
const CHAR = 6.6;
const ROW = 22;
const PAD = 8;

export interface SvgPart {
  /** SVG elements drawn from (0, 0). */
  markup: string;
  width: number;
  height: number;
}

function text(x: number, y: number, s: string, o: { fill?: string; size?: number; weight?: number; mono?: boolean } = {}): string {
  const attrs = [`x="${x}"`, `y="${y}"`, `font-size="${o.size ?? 12}"`, `fill="${o.fill ?? C.text}"`, o.weight ? `font-weight="${o.weight}"` : '', o.mono ? 'font-family="ui-monospace, monospace"' : '']
    .filter(Boolean)
    .join(' ');
  return `<text ${attrs}>${escapeXml(s)}</text>`;
}

const accessLabel = (a: FlowAccess, many: boolean) => `${a.access === 'write' ? 'writes' : 'reads'}${many ? ` ${a.containerName}` : ''} ${a.destination}`;

/** The data-flow table (stages by volumes and shared host paths) and its findings, for the picture export. */
export function flowToSvg(flow: DataFlow): SvgPart {
  const stageWidth = Math.max(150, ...flow.stages.map((s) => (s.id.length + s.containers.map((c) => c.name).join(', ').length) * CHAR + 3 * PAD));
  const columns = flow.targets.map((t) => {
    const cells = flow.stages.flatMap((s) => s.accesses.filter((a) => a.target === t.name).map((a) => accessLabel(a, s.containers.length > 1)));
    return { target: t, width: Math.max(130, (t.name.length + 12) * CHAR, ...cells.map((c) => c.length * CHAR + 2 * PAD + 8)) };
  });
  const parts: string[] = [text(0, 18, 'Data flow between stages', { weight: 700, size: 14 })];
  let y = 30;
  let x = stageWidth;
  parts.push(text(PAD, y + 17, 'stage', { fill: C.muted, weight: 600 }));
  for (const col of columns) {
    parts.push(text(x + PAD, y + 17, col.target.name, { weight: 600, mono: true }));
    parts.push(text(x + PAD + (col.target.name.length + 1) * CHAR + 2, y + 17, col.target.kind === 'host' ? 'host path' : col.target.blank ? 'blank volume' : 'volume', { fill: col.target.kind === 'host' ? C.muted : C.volume, size: 10 }));
    x += col.width;
  }
  const width = x;
  y += 26;
  parts.push(`<line x1="0" y1="${y}" x2="${width}" y2="${y}" stroke="${C.border}" stroke-width="2"/>`);
  for (const s of flow.stages) {
    const cells = columns.map((col) => s.accesses.filter((a) => a.target === col.target.name && a.kind === col.target.kind));
    const height = Math.max(1, ...cells.map((c) => c.length)) * ROW + PAD;
    parts.push(`<g class="flow-stage" data-stage="${escapeXml(s.id)}">`);
    parts.push(text(PAD, y + 17, s.id.replace(':', ' '), { fill: SECTION[s.section], weight: 700, size: 11 }));
    parts.push(text(PAD + (s.id.length + 1) * CHAR + 4, y + 17, s.containers.map((c) => c.name).join(', '), { mono: true }));
    let cx = stageWidth;
    cells.forEach((accesses, i) => {
      accesses.forEach((a, j) => {
        const colour = a.access === 'write' ? C.write : C.read;
        const label = accessLabel(a, s.containers.length > 1);
        const top = y + 4 + j * ROW;
        parts.push(
          `<g class="flow-access" data-access="${a.access}" data-volume="${escapeXml(a.target)}" data-container="${escapeXml(a.containerId)}">` +
            `<rect x="${cx + PAD}" y="${top}" width="${label.length * CHAR + 12}" height="${ROW - 4}" rx="4" fill="${colour}" fill-opacity="0.08" stroke="${colour}"${a.access === 'read' ? ' stroke-dasharray="3 2"' : ''}/>` +
            text(cx + PAD + 6, top + 13, label, { fill: colour, size: 11 }) +
            '</g>',
        );
      });
      cx += columns[i].width;
    });
    parts.push('</g>');
    y += height;
    parts.push(`<line x1="0" y1="${y}" x2="${width}" y2="${y}" stroke="${C.border}"/>`);
  }
  y += 8;
  let widest = width;
  for (const f of flow.findings) {
    const line = `⚠ ${f.stage.replace(':', ' ')}: ${f.message.replaceAll('`', '')}`;
    parts.push(text(0, y + 14, line, { fill: C.warn, size: 11 }));
    widest = Math.max(widest, line.length * 6);
    y += 18;
  }
  return { markup: `<g class="data-flow">${parts.join('')}</g>`, width: Math.ceil(widest), height: Math.ceil(y + 8) };
}

/**
 * A picture with `part` drawn under it: the original keeps its coordinates (its viewBox origin
 * stays), nested as it was; the outer SVG grows to hold both.
 */
export function stackBelow(picture: { svg: string; width: number; height: number }, part: SvgPart, gap = 24): { svg: string; width: number; height: number } {
  const box = /viewBox="([-\d.]+) ([-\d.]+) /.exec(picture.svg);
  const x = box ? Number(box[1]) : 0;
  const y = box ? Number(box[2]) : 0;
  const width = Math.max(picture.width, part.width + 48);
  const height = picture.height + gap + part.height + 24;
  const nested = picture.svg.replace(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, `<svg x="${x}" y="${y}"`);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${x} ${y} ${width} ${height}" font-family="system-ui, sans-serif">` +
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="#ffffff"/>` +
    nested +
    `<g transform="translate(${x + 24} ${y + picture.height + gap})">${part.markup}</g>` +
    '</svg>';
  return { svg, width, height };
}

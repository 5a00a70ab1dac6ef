import { sanitize } from '../sanitize.ts';
import type { Style } from '../style.ts';
import type { RuntimeFileReport, RuntimeJson } from './runtimeJson.ts';

/** Pads each column to its widest cell; the last column is not padded. */
function table(rows: string[][], indent: string): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => indent + r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ').trimEnd());
}

const list = (values: readonly (string | number | null)[]) => (values.length ? values.map((v) => v ?? '?').join(', ') : '-');

function block(c: RuntimeJson, style: Style): string[] {
  const o = c.origins;
  const capOrigins = new Set(Object.values(o.capabilities as Record<string, string>));
  const ns = o.namespaces as Record<string, string>;
  const label =
    c.imageConfig === 'package'
      ? 'image label known (LinuxKit package)'
      : 'image label unknown, assumed none (not a LinuxKit package)';
  const head = `${style.bold(`${c.section}/${c.name || '(no name)'}`)}  ${c.image}  ${style.dim(`[${label}]`)}`;
  const fromImage = style.dim('(from the image, known at build time)');
  const facts = table(
    [
      ['command', c.args ? c.args.join(' ') : fromImage, o.args as string],
      ['user', `uid ${c.uid ?? '?'}  gid ${c.gid ?? '?'}  groups ${list(c.additionalGids)}`, [...new Set([o.uid, o.gid])].join("+")],
      ['capabilities', c.capabilities.length === 41 ? `all (${c.capabilities.length})` : list(c.capabilities), [...capOrigins].join('+') || 'linuxkit'],
      ['namespaces', Object.entries(c.namespaces).map(([k, v]) => `${k}=${v}`).join(' '), [...new Set(Object.values(ns))].join('+')],
      ['rootfs', c.readonlyRootfs ? 'read-only' : 'read-write', o.readonlyRootfs as string],
    ],
    '  ',
  );
  const mounts = table(
    [['DESTINATION', 'TYPE', 'SOURCE', 'OPTIONS', 'ORIGIN'], ...c.mounts.map((m) => [m.destination, m.type, m.source, m.options.join(',') || '-', m.origin])],
    '    ',
  );
  mounts[0] = style.dim(mounts[0]);
  const errors = c.errors.map((e) => `  ${style.severity('error', 'build stops:')} ${e.message}${e.line ? ` (line ${e.line})` : ''}`);
  return [head, ...facts, '  mounts', ...mounts, ...errors, ''];
}

/** The human form of `runtime`: a readable block and mount table per container. */
export function formatRuntimeHuman(reports: readonly RuntimeFileReport[], style: Style): { stdout: string; stderr: string } {
  const out: string[] = [];
  const err: string[] = [];
  for (const r of reports) {
    if (r.error) {
      err.push(`linuxkit-studio: cannot show: ${r.error.message}`);
      continue;
    }
    out.push(style.bold(`== ${r.file}: ${r.containers.length} container${r.containers.length === 1 ? '' : 's'}`), '');
    for (const c of r.containers) out.push(...block(c, style));
  }
  return { stdout: sanitize(out.join('\n')) + (out.length ? '\n' : ''), stderr: err.length ? sanitize(err.join('\n')) + '\n' : '' };
}

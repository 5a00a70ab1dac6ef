// Renders new YAML values as lines, in the file's indentation style.
import type { IndentStyle } from './indentStyle.ts';
import { yamlScalar, type ScalarStyle } from './yamlScalar.ts';

/** A list written in flow style, `[a, b]` (as mount options usually are). */
export class FlowList {
  constructor(
    readonly items: readonly unknown[],
    /** The quote style of string items (to match a list it replaces). */
    readonly style: ScalarStyle = 'plain',
  ) {}
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof FlowList);
}

/** The one-line form of a value, or null when it needs block lines. */
export function inlineValue(value: unknown, flow = false): string | null {
  if (value instanceof FlowList) {
    const style = value.style;
    return `[${value.items.map((i) => (typeof i === 'string' ? yamlScalar(i, style, 'flow') : (inlineValue(i, true) ?? 'null'))).join(', ')}]`;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return flow ? inlineValue(new FlowList(value), true) : null;
  }
  if (isRecord(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    if (!flow) return null;
    return `{${entries.map(([k, v]) => `${yamlScalar(k, 'plain', 'flow')}: ${inlineValue(v, true) ?? 'null'}`).join(', ')}}`;
  }
  return yamlScalar(value, 'plain', flow ? 'flow' : 'block');
}

/** The lines of `key: value` with the key at `col`. */
export function renderPair(key: string, value: unknown, col: number, style: IndentStyle): string[] {
  const pad = ' '.repeat(col);
  const k = yamlScalar(key);
  const inline = inlineValue(value);
  if (inline !== null) return [`${pad}${k}: ${inline}`];
  if (Array.isArray(value)) return [`${pad}${k}:`, ...value.flatMap((v) => renderItem(v, col + style.seqIndent, style))];
  const entries = Object.entries(value as Record<string, unknown>);
  return [`${pad}${k}:`, ...entries.flatMap(([ck, cv]) => renderPair(ck, cv, col + style.unit, style))];
}

/** The lines of a block sequence item with its `-` at `col`. */
export function renderItem(value: unknown, col: number, style: IndentStyle): string[] {
  const pad = ' '.repeat(col);
  const inline = inlineValue(value) ?? inlineValue(Array.isArray(value) ? new FlowList(value) : null);
  if (!isRecord(value) || Object.keys(value).length === 0) return [`${pad}- ${inline ?? 'null'}`];
  const lines = Object.entries(value).flatMap(([k, v]) => renderPair(k, v, col + 2, style));
  lines[0] = `${pad}- ${lines[0].slice(col + 2)}`;
  return lines;
}

import { parseDocument } from 'yaml';

export type ScalarStyle = 'plain' | 'single' | 'double';
/** Flow context (inside `[...]` or `{...}`) forbids `,[]{}` in plain scalars. */
export type ScalarContext = 'block' | 'flow';

// Scalars LinuxKit's YAML 1.1 decoder (or YAML 1.2) would not read as strings.
const RESERVED = /^(?:y|yes|n|no|true|false|on|off|null|~|=|<<)$/i;
const NUMBER_LIKE = [
  /^[-+]?(?:[0-9][0-9_]*)?\.?[0-9_]*(?:[eE][-+]?[0-9]+)?$/, // 12, 0600, 1.5, .5, 1e3
  /^[-+]?0[xob][0-9a-f_]+$/i, // 0x1f, 0o17, 0b101
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/, // 1:20 (sexagesimal in YAML 1.1)
  /^[-+]?\.(?:inf|nan)$/i,
];
const BAD_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

/** Control characters (tab and line breaks included) and the Unicode line separators. */
function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c === 0x7f || c === 0x2028 || c === 0x2029 || c === 0xfeff) return true;
  }
  return false;
}

function plainIsSafe(s: string, context: ScalarContext): boolean {
  if (s === '' || s !== s.trim()) return false;
  if (RESERVED.test(s) || NUMBER_LIKE.some((re) => re.test(s))) return false;
  // `-x` and `:x` are plain in YAML 1.2, but keep to the conservative set
  if (BAD_START.test(s) && !/^[-][^\s-]/.test(s)) return false;
  if (hasControl(s)) return false;
  if (/: |:$| #/.test(s)) return false;
  if (context === 'flow' && /[,[\]{}]/.test(s)) return false;
  return readsBack(s, s, context);
}

/** Whether `written` parses back as exactly the string `value`. */
function readsBack(written: string, value: string, context: ScalarContext): boolean {
  const doc = parseDocument(context === 'flow' ? `[${written}]` : `- ${written}`, { version: '1.2' });
  if (doc.errors.length > 0) return false;
  const js: unknown = doc.toJS();
  return Array.isArray(js) && js.length === 1 && js[0] === value;
}

function singleQuoted(s: string): string | null {
  if (hasControl(s)) return null;
  return `'${s.replace(/'/g, "''")}'`;
}

/** JSON string escapes are all valid YAML double-quoted escapes. */
function doubleQuoted(s: string): string {
  return JSON.stringify(s);
}

/**
 * A YAML scalar that reads back as `value`, in `style` when that can hold it
 * (plain falls back to double quotes when the value needs quoting).
 */
export function yamlScalar(value: unknown, style: ScalarStyle = 'plain', context: ScalarContext = 'block'): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  if (style === 'single') return singleQuoted(s) ?? doubleQuoted(s);
  if (style === 'double') return doubleQuoted(s);
  return plainIsSafe(s, context) ? s : doubleQuoted(s);
}

/** The style an existing scalar node was written in (yaml's Scalar.type). */
export function styleOfScalarType(type: string | undefined): ScalarStyle {
  if (type === 'QUOTE_SINGLE') return 'single';
  if (type === 'QUOTE_DOUBLE') return 'double';
  return 'plain';
}

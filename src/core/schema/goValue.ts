import { isAlias, isMap, isScalar, isSeq, type Document, type Scalar } from 'yaml';

/**
 * What LinuxKit's decoder (Go yaml.v3 into interface{}, then JSON) makes of a YAML value.
 * Numbers that are whole count as integers, as JSON Schema's `integer` does.
 */
export type GoKind = 'null' | 'boolean' | 'integer' | 'float' | 'nonfinite' | 'string' | 'array' | 'object' | 'unknown';

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const BOOLS = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
const NON_FINITE = new Set(['.nan', '.NaN', '.NAN', ...['inf', 'Inf', 'INF'].flatMap((i) => [`.${i}`, `+.${i}`, `-.${i}`])]);
// Go's strconv.ParseInt with base 0, after yaml.v3 has removed underscores.
const GO_INT = /^[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;

function numberKind(n: number): GoKind {
  return Number.isInteger(n) ? 'integer' : 'float';
}

function goIntFits(text: string): boolean {
  const negative = text.startsWith('-');
  let digits = text.replace(/^[-+]/, '');
  // Go reads a leading 0 as octal; BigInt needs the 0o prefix for that.
  if (/^0[0-7]+$/.test(digits)) digits = `0o${digits.slice(1)}`;
  const value = negative ? -BigInt(digits) : BigInt(digits);
  return value >= INT64_MIN && value <= UINT64_MAX;
}

/** yaml.v3's resolution of a plain (unquoted, untagged) scalar. */
export function resolvePlain(text: string): GoKind {
  if (NULLS.has(text)) return 'null';
  if (BOOLS.has(text)) return 'boolean';
  if (NON_FINITE.has(text)) return 'nonfinite';
  const first = text[0];
  if (first === '.') {
    return YAML_FLOAT.test(text) && Number.isFinite(Number(text)) ? numberKind(Number(text)) : 'string';
  }
  if (!/[-+0-9]/.test(first)) return 'string';
  const plain = text.replace(/_/g, '');
  if (GO_INT.test(plain) && goIntFits(plain)) return 'integer';
  if (YAML_FLOAT.test(plain)) {
    const n = Number(plain);
    return Number.isFinite(n) ? numberKind(n) : 'string';
  }
  return 'string';
}

/** True for a plain scalar yaml.v3 tags as a timestamp: a string value, but not a string map key. */
export function isGoTimestamp(text: string): boolean {
  return /^\d{4}-\d{1,2}-\d{1,2}([Tt ].*)?$/.test(text);
}

const CORE_TAG = 'tag:yaml.org,2002:';

/** The plain source of a scalar as written (for numbers `0600` stays `0600`). */
export function scalarSource(s: Scalar): string {
  if (typeof s.source === 'string') return s.source;
  return typeof s.value === 'string' ? s.value : s.value === null ? '' : String(s.value);
}

export function scalarKind(s: Scalar): GoKind {
  const tag = s.tag;
  if (tag && tag.startsWith(CORE_TAG)) {
    const name = tag.slice(CORE_TAG.length);
    if (name === 'int' || name === 'float' || name === 'bool' || name === 'null') return resolvePlain(scalarSource(s).trim());
    return 'string';
  }
  if (tag) return 'string'; // yaml.v3 keeps the text of a scalar with an unknown tag
  if (s.type !== 'PLAIN' && s.type !== undefined) return 'string';
  if (s.type === undefined && typeof s.value === 'string') return 'string';
  // A multi-line plain scalar is folded first; yaml gives the folded text as a string value.
  return resolvePlain(typeof s.value === 'string' ? s.value : scalarSource(s));
}

/** The Go kind of any node, following aliases. */
export function goKind(doc: Document.Parsed, node: unknown): GoKind {
  if (node === null || node === undefined) return 'null';
  if (isAlias(node)) {
    const target = node.resolve(doc);
    return target && !isAlias(target) ? goKind(doc, target) : 'unknown';
  }
  if (isMap(node)) return 'object';
  if (isSeq(node)) return 'array';
  if (isScalar(node)) return scalarKind(node);
  return 'unknown';
}

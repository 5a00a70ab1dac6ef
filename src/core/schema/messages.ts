import type { Scalar } from 'yaml';
import type { GoKind } from './goValue.ts';
import { scalarSource } from './goValue.ts';
import { DEFINITION_NOUNS, DOCKER_HABITS } from './nouns.ts';
import { closestKey } from './suggest.ts';

const list = (items: readonly string[]) => items.join(', ');

export function unknownFieldMessage(key: string, definition: string | undefined, allowed: readonly string[]): string {
  if (definition === undefined) {
    const hint = closestKey(key, allowed);
    const fix = hint ? `did you mean \`${hint}\`?` : `LinuxKit rejects unknown keys: remove it, or use one of ${list(allowed)}.`;
    return `\`${key}\` is not a LinuxKit section; ${fix}`;
  }
  const noun = DEFINITION_NOUNS[definition] ?? definition;
  if (definition === 'image' && key === 'volumes') {
    return 'A container has no `volumes` field (that is Docker Compose); mount a volume with `binds`, e.g. `- data:/data` (add `:ro` for read-only).';
  }
  const habit = definition === 'image' ? DOCKER_HABITS[key] : undefined;
  const hint = habit ?? closestKey(key, allowed);
  if (hint) return `\`${key}\` is not a ${noun} field; did you mean \`${hint}\`?`;
  const options = allowed.length <= 12 ? ` Allowed: ${list(allowed)}.` : '';
  return `\`${key}\` is not a ${noun} field and LinuxKit rejects unknown fields; remove it.${options}`;
}

export function nonStringKeyMessage(keyText: string, owner: string): string {
  const shown = keyText === '' ? 'An empty key' : `The key \`${keyText}\``;
  return `${shown} in \`${owner || 'the config'}\` is not text; LinuxKit only accepts string keys. Quote it ("${keyText}") or rename it.`;
}

export function missingFieldMessage(label: string, name: string | undefined, missing: readonly string[]): string {
  const who = name ? `${label} (\`${name}\`)` : label;
  const what = missing.map((m) => `\`${m}\``).join(' and no ');
  const adds = missing.map((m) => (m === 'name' ? '`name: <unique name>`' : '`image: <image reference>`'));
  return `${who} has no ${what}; add ${adds.join(' and ')}.`;
}

export function invalidValueMessage(label: string, allowed: readonly string[], actual: string | undefined): string {
  const got = actual === undefined ? 'has no usable value' : `is \`${actual}\``;
  return `\`${label}\` ${got}; it must be one of: ${list(allowed)}.`;
}

/** What a schema type asks for, in words. */
export function expectedWords(type: string, definition?: string): string {
  if (definition === 'image') return 'a container (a mapping with `name:` and `image:`)';
  switch (type) {
    case 'string':
      return 'a string';
    case 'integer':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list (entries starting with `- `)';
    case 'object':
      return definition && DEFINITION_NOUNS[definition] ? `a ${DEFINITION_NOUNS[definition]} mapping (\`key: value\` lines)` : 'a mapping (`key: value` lines)';
    default:
      return 'a string or a whole number';
  }
}

function actualWords(kind: GoKind, scalar: Scalar | null): string {
  const text = scalar ? scalarSource(scalar) : '';
  switch (kind) {
    case 'string':
      return `the string "${text}"`;
    case 'integer':
    case 'float':
    case 'nonfinite':
      return `the number ${text}`;
    case 'boolean':
      return text;
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping';
    default:
      return 'nothing';
  }
}

const CORE_TAG = 'tag:yaml.org,2002:';
const TRUE_WORDS = new Set(['yes', 'y', 'on', 'true']);
const FALSE_WORDS = new Set(['no', 'n', 'off', 'false']);

/** A wrong-type message that says how to write the value LinuxKit wants. */
export function wrongTypeMessage(label: string, expected: string, definition: string | undefined, kind: GoKind, scalar: Scalar | null): string {
  const wants = expectedWords(expected, definition);
  if (kind === 'null') return `\`${label}\` has no value; it must be ${wants}. Add a value or remove the key.`;
  const text = scalar ? scalarSource(scalar) : '';
  const quoted = scalar !== null && scalar.type !== 'PLAIN';
  // yaml.v3 keeps an unknown tag's scalar (and any `!!str`) as a string: the tag is what is wrong
  if (scalar?.tag && kind === 'string' && expected !== 'string') {
    const tag = scalar.tag.startsWith(CORE_TAG) ? `!!${scalar.tag.slice(CORE_TAG.length)}` : scalar.tag;
    return `\`${label}\` must be ${wants}: the tag \`${tag}\` makes LinuxKit read "${String(scalar.value)}" as a string; remove the tag.`;
  }
  if (expected === 'string' && scalar) return `\`${label}\` must be a string: quote it as "${text.replace(/"/g, '\\"')}".`;
  if (expected === 'boolean' && kind === 'string') {
    const lower = String(scalar?.value ?? '').toLowerCase();
    const word = TRUE_WORDS.has(lower) ? 'true' : FALSE_WORDS.has(lower) ? 'false' : undefined;
    if (word && quoted && (lower === 'true' || lower === 'false')) return `\`${label}\` must be true or false, not a string; remove the quotes.`;
    if (word) return `\`${label}\` must be true or false, not the string "${text}"; write \`${word}\`.`;
  }
  if (expected === 'integer' && kind === 'string' && quoted && /^[-+]?\d+$/.test(String(scalar?.value))) {
    return `\`${label}\` must be a number, not a string; remove the quotes.`;
  }
  if (expected === 'array' && scalar) {
    return `\`${label}\` must be a list, not a single value: write \`- ${text}\` on its own line, indented under \`${label}:\`.`;
  }
  return `\`${label}\` must be ${wants}, not ${actualWords(kind, scalar)}.`;
}

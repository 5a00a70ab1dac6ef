import type { JsonSchema } from './schemaTypes.ts';

// The structure of LinuxKit's schema, written briefly. Documentation is added separately (docs/).

export const str = (): JsonSchema => ({ type: 'string' });
export const bool = (): JsonSchema => ({ type: 'boolean' });
export const int = (): JsonSchema => ({ type: 'integer' });

export function ref(definition: string): JsonSchema {
  return { $ref: `#/definitions/${definition}` };
}

/** A `uid`/`gid` value: a number, or the name of a container whose allocated id is used. */
export const idValue = (): JsonSchema => ({ anyOf: [{ type: 'string' }, { type: 'integer' }] });

/** An object that, like every object of LinuxKit's schema, allows no other keys. */
export function object(properties: Record<string, JsonSchema>): JsonSchema {
  return { type: 'object', additionalProperties: false, properties };
}

export function arrayOf(definition: string): JsonSchema {
  return { type: 'array', items: ref(definition) };
}

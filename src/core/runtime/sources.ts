import { isSeq } from 'yaml';
import { stringItems } from '../model/yamlNodes.ts';
import type { ContainerModel } from '../model/types.ts';
import type { PackageConfig } from '../packages/packageDefaults.ts';
import type { Span } from '../text/span.ts';
import type { Origin, Traced } from './types.ts';

/** One string of a list setting, with where it was written. */
export interface TracedItem {
  value: string;
  origin: Origin;
  span?: Span;
}

/** A list setting as one source gives it: present (even empty) or absent, as Go's nil pointer. */
export interface ListSetting {
  items: TracedItem[];
  origin: Origin;
  span?: Span;
}

/**
 * What ConfigToOCI reads for one container: the config's own keys and the image's label (`yaml`
 * and `label` in moby/config.go ConfigToOCI).
 */
export interface Sources {
  container: ContainerModel;
  /** The label's fields; empty when the image is not a known package. */
  label: PackageConfig;
}

/** A list key of the config file; only a YAML sequence counts (null or absent is Go's nil). */
export function configList(c: ContainerModel, key: string): ListSetting | undefined {
  const field = c.fields[key];
  if (!field || !isSeq(field.node)) return undefined;
  const items = stringItems(field).map((i): TracedItem => ({ value: i.value, origin: 'config', span: i.span }));
  return { items, origin: 'config', span: field.valueSpan };
}

export function labelList(label: PackageConfig, key: keyof PackageConfig): ListSetting | undefined {
  const value = label[key];
  if (!Array.isArray(value)) return undefined;
  const items = value.filter((v): v is string => typeof v === 'string').map((v): TracedItem => ({ value: v, origin: 'image' }));
  return { items, origin: 'image' };
}

/** Go's assignStrings (and assignStrings3): the later source when present, else the earlier, else an empty list (moby/config.go). */
export function assignList(...settings: (ListSetting | undefined)[]): ListSetting {
  for (let i = settings.length - 1; i >= 0; i--) {
    const s = settings[i];
    if (s) return s;
  }
  return { items: [], origin: 'linuxkit' };
}

/**
 * Go's mergeStrings (moby/config.go mergeStrings): both lists one after the other. Its uniqueness
 * map is never filled, so LinuxKit keeps duplicates; so do we.
 */
export function mergeLists(first: ListSetting | undefined, second: ListSetting | undefined): ListSetting | undefined {
  if (!first) return second;
  if (!second) return first;
  return { items: [...first.items, ...second.items], origin: second.origin, span: second.span };
}

/** A scalar key of the config file, when it holds a value (null counts as unset, as Go's nil pointer). */
export function configScalar<T>(c: ContainerModel, key: string, accept: (v: unknown) => v is T): Traced<T> | undefined {
  const field = c.fields[key];
  if (!field || field.value === null || field.value === undefined || !accept(field.value)) return undefined;
  return { value: field.value, origin: 'config', span: field.valueSpan };
}

export function labelScalar<T>(label: PackageConfig, key: keyof PackageConfig, accept: (v: unknown) => v is T): Traced<T> | undefined {
  const value: unknown = label[key];
  if (value === null || value === undefined || !accept(value)) return undefined;
  return { value, origin: 'image' };
}

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

/** Go's assignStringEmpty (and assignStringEmpty3/4): the later non-empty string wins (moby/config.go). */
export function firstNonEmpty(...values: (Traced<string> | undefined)[]): Traced<string> | undefined {
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i];
    if (v && v.value !== '') return v;
  }
  return undefined;
}

export function plainList(setting: ListSetting): string[] {
  return setting.items.map((i) => i.value);
}

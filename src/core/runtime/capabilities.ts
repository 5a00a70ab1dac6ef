import { isKnownCapability, KNOWN_CAPABILITIES } from '../validate/rules/containers/knownCapabilities.ts';
import { assignList, configList, labelList, mergeLists, type ListSetting, type Sources, type TracedItem } from './sources.ts';
import type { RuntimeCapability, RuntimeError, Traced } from './types.ts';

/**
 * A lone `all` or `none` (any case) stands for every capability (in `allCaps` order) or none, as
 * ConfigToOCI reads it (moby/config.go ConfigToOCI).
 */
function expand(setting: ListSetting): TracedItem[] {
  if (setting.items.length !== 1) return setting.items;
  const only = setting.items[0];
  const word = only.value.toLowerCase();
  if (word === 'none') return [];
  if (word === 'all') return KNOWN_CAPABILITIES.map((name) => ({ ...only, value: name }));
  return setting.items;
}

export interface Capabilities {
  bounding: RuntimeCapability[];
  effective: string[];
  ambient: Traced<string[]>;
}

/**
 * ConfigToOCI's capabilities: `capabilities` replaces the label's list, `capabilities.add` appends
 * to it (assignStrings, mergeStrings); no list at all means none, even for root. Ambient ones join
 * the bounding set, sorted; inheritable and permitted are the bounding set. Every unknown name is
 * listed, where Go stops at the first ("unknown capability"). (moby/config.go ConfigToOCI)
 */
export function runtimeCapabilities({ container: c, label }: Sources, errors: RuntimeError[]): Capabilities {
  const caps = assignList(mergeLists(labelList(label, 'capabilities'), configList(c, 'capabilities.add')), configList(c, 'capabilities'));
  const ambientSetting = assignList(labelList(label, 'ambient'), configList(c, 'ambient'));
  const effective = expand(caps);
  const ambient = expand(ambientSetting);
  const bounding = new Map<string, RuntimeCapability>();
  for (const item of [...effective, ...ambient]) {
    if (!isKnownCapability(item.value)) {
      errors.push({ message: `unknown capability: ${item.value}`, ...(item.span ? { span: item.span } : {}) });
      continue;
    }
    if (!bounding.has(item.value)) bounding.set(item.value, { name: item.value, origin: item.origin, ...(item.span ? { span: item.span } : {}) });
  }
  return {
    bounding: [...bounding.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    effective: effective.map((i) => i.value),
    ambient: { value: ambient.map((i) => i.value), origin: ambientSetting.origin, ...(ambientSetting.span ? { span: ambientSetting.span } : {}) },
  };
}


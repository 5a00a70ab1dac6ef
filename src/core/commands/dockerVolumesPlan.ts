// What turning a container's Docker-style `volumes:` list into LinuxKit binds takes.
import { isScalar, isSeq } from 'yaml';
import type { ConfigModel, ContainerModel, MountForm } from '../model/types.ts';
import { VOLUME_NAME } from './names.ts';
import { splitBind } from '../model/bindParts.ts';

export interface DockerVolumesPlan {
  /** The bind strings, one per `volumes:` entry, in order. */
  binds: string[];
  /** The list they join; `renameKey` when the `volumes` key itself becomes that list's key. */
  form: Extract<MountForm, 'binds' | 'binds.add'>;
  renameKey: boolean;
  /** Top-level volumes whose (invalid) name changes, references and all. */
  renames: { volumeId: string; from: string; to: string }[];
  /** Blank volumes to add because nothing defines them. */
  creates: string[];
}

function sanitized(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9_-]/g, '-') || 'volume';
}

function unique(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  taken.add(name);
  return name;
}

/** The list the entries join: an existing `binds` or `binds.add`, else `binds.add` only where `binds` would drop an image's defaults. */
function targetForm(c: ContainerModel): { form: 'binds' | 'binds.add'; renameKey: boolean } {
  if (c.fields.binds) return { form: 'binds', renameKey: false };
  if (c.fields['binds.add']) return { form: 'binds.add', renameKey: false };
  const defaults = c.packageDefaults?.config.binds;
  return { form: defaults && defaults.length > 0 ? 'binds.add' : 'binds', renameKey: true };
}

/** The plan, or why the list cannot be converted mechanically. */
export function planDockerVolumes(model: ConfigModel, c: ContainerModel): DockerVolumesPlan | string {
  const seq = c.fields.volumes?.node;
  if (!isSeq(seq)) return 'The container has no `volumes:` list to convert.';
  const taken = new Set(model.names.volumes.keys()); // grows with each new name
  const chosen = new Map<string, string>();
  const plan: DockerVolumesPlan = { binds: [], ...targetForm(c), renames: [], creates: [] };
  for (const item of seq.items) {
    if (!isScalar(item) || typeof item.value !== 'string') return 'Every `volumes:` entry must be a string like `name:/path`.';
    const parts = [...splitBind(item.value).pieces];
    if (parts.length < 2 || parts.length > 3 || !parts[1].startsWith('/')) {
      return `\`${item.value}\` is not \`source:/path\` or \`source:/path:options\`; LinuxKit binds need both parts.`;
    }
    const source = parts[0];
    if (!source.startsWith('/')) {
      if (/^[.~]/.test(source)) return `\`${source}\` is a relative host path; LinuxKit binds need an absolute one.`;
      const name = chosen.get(source) ?? choose(source);
      chosen.set(source, name);
      parts[0] = name;
    }
    plan.binds.push(parts.join(':'));
  }
  return plan;

  function choose(source: string): string {
    const defined = source === '' ? undefined : model.names.volumes.get(source);
    if (VOLUME_NAME.test(source)) {
      if (!defined && !plan.creates.includes(source)) plan.creates.push(source);
      taken.add(source);
      return source;
    }
    const clean = sanitized(source);
    if (defined) {
      const to = unique(clean, taken);
      plan.renames.push({ volumeId: defined.id, from: source, to });
      return to;
    }
    // an existing volume with the cleaned name is most likely the one meant
    if (model.names.volumes.has(clean)) return clean;
    const to = unique(clean, taken);
    plan.creates.push(to);
    return to;
  }
}

import type { ConfigModel, Field, MountModel } from '../model/types.ts';
import type { ElementKind } from './types.ts';

/** One element of a config in the form the diff compares: its fields' meaning, not their text. */
export interface Comparable {
  id: string;
  kind: ElementKind;
  /** Field name → value (plain JS). Absent fields are left out. */
  fields: Record<string, unknown>;
  /** A phrase naming it for a person: `services container getty`. */
  label: string;
  /** Set on mounts: where the data comes from. */
  mount?: MountModel;
  /** Set on onboot/onshutdown containers: their run order matters. */
  sequence?: string;
}

/** Keys of a container that are its mounts: those are compared as mount elements. */
const MOUNT_KEYS = new Set(['binds', 'binds.add', 'mounts']);

/** Every element of the model, by id, in document order (kernel, containers, volumes, mounts, files). */
export function comparables(model: ConfigModel): Map<string, Comparable> {
  const out = new Map<string, Comparable>();
  const add = (c: Comparable) => out.set(c.id, c);
  if (model.kernel || model.init.length > 0) {
    const fields = values(model.kernel?.fields ?? {});
    if (model.init.length > 0) fields.init = model.init.map((i) => i.value);
    add({ id: 'kernel', kind: 'kernel', fields, label: 'kernel and init' });
  }
  for (const c of model.containers) {
    const fields = values(c.fields, (k) => k !== 'name' && !MOUNT_KEYS.has(k));
    const sequence = c.section === 'services' ? undefined : c.section;
    add({ id: c.id, kind: 'container', fields, label: `${c.section} container ${c.name ?? `#${c.index + 1}`}`, sequence });
  }
  for (const v of model.volumes) {
    const fields = values(v.fields, (k) => k !== 'name' && k !== 'readonly');
    fields.readonly = v.readonly; // absent and `readonly: false` mean the same
    add({ id: v.id, kind: 'volume', fields, label: `volume ${v.name ?? `#${v.index + 1}`}` });
  }
  for (const m of model.mounts) {
    const fields: Record<string, unknown> = {
      source: m.source,
      readonly: m.readOnly,
      type: m.type,
      form: m.form,
      // ro/rw are the readonly field; the order of the other options does not matter to the kernel either
      options: m.options.filter((o) => o !== 'ro' && o !== 'rw').sort(),
    };
    add({ id: m.id, kind: 'mount', fields, label: `mount of ${m.destination} in ${m.section} container ${m.containerName}`, mount: m });
  }
  const seen = new Set<string>();
  for (const f of model.files) {
    let id = f.path !== undefined ? `file:${f.path}` : `file:#${f.index + 1}`;
    for (let n = 2; seen.has(id); n++) id = `file:${f.path}#${n}`;
    seen.add(id);
    add({ id, kind: 'file', fields: values(f.fields, (k) => k !== 'path'), label: `file ${f.path ?? `#${f.index + 1}`}` });
  }
  return out;
}

function values(fields: Record<string, Field>, keep: (key: string) => boolean = () => true): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(fields)) if (keep(key)) out[key] = field.value;
  return out;
}

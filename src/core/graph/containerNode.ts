import type { Diagnostic } from '../diagnostics/types.ts';
import type { ContainerModel, Field, MountModel } from '../model/types.ts';
import { countDiagnostics, toElementDiagnostics } from './diagnosticsByElement.ts';
import { imageRef } from './imageRef.ts';
import type { ContainerNode, InlineMount } from './types.ts';

/**
 * The container's node. `volumeIdFor` resolves a mount to the volume node it connects to;
 * mounts it cannot resolve are listed inside the node instead of drawn as edges. `fileBinds`:
 * how many file entries it sees through host binds (each edge gets a port).
 */
export function containerNode(
  container: ContainerModel,
  volumeIdFor: (mount: MountModel) => string | undefined,
  diagnostics: ReadonlyMap<string, Diagnostic[]>,
  fileBinds = 0,
): ContainerNode {
  const { fields } = container;
  const own = [container.id, ...container.mounts.map((m) => m.id)].flatMap((id) => diagnostics.get(id) ?? []);
  const defaults = container.packageDefaults ?? null;
  return {
    id: container.id,
    type: 'container',
    data: {
      section: container.section,
      index: container.index,
      order: container.section === 'services' ? null : container.index + 1,
      name: container.name ?? '',
      image: imageRef(container.image),
      inlineMounts: container.mounts.filter((m) => volumeIdFor(m) === undefined).map(inlineMount),
      volumeMounts: container.mounts.filter((m) => volumeIdFor(m) !== undefined).length,
      fileBinds,
      tmpfs: container.tmpfs.map((t) => t.value),
      capabilities: stringList(fields.capabilities),
      capabilitiesAdd: stringList(fields['capabilities.add']),
      net: stringValue(fields.net),
      pid: stringValue(fields.pid),
      readonlyRoot: fields.readonly?.value === true,
      diagnostics: toElementDiagnostics(own),
      counts: countDiagnostics(own),
      packageDefaults: defaults,
      bindsReplaceDefaults: 'binds' in fields && (defaults?.config.binds?.length ?? 0) > 0,
    },
  };
}

function inlineMount(m: MountModel): InlineMount {
  return {
    mountId: m.id,
    form: m.form,
    source: m.source,
    type: m.type,
    destination: m.destination,
    readOnly: m.readOnly,
    options: m.options,
    dangling: m.sourceKind === 'volume',
  };
}

function stringList(field: Field | undefined): string[] {
  const v = field?.value;
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function stringValue(field: Field | undefined): string | null {
  return typeof field?.value === 'string' ? field.value : null;
}

import { isMap, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import type { ContainerModel, Field, MountForm, MountModel, Section } from './types.ts';
import { nodeSpan, readFields } from './yamlNodes.ts';
import { parseBind } from './bindParts.ts';

/** Whether a mount option list makes the mount read-only: the first of `ro`/`rw` decides. */
export function optionsReadOnly(options: readonly string[]): boolean {
  for (const o of options) {
    if (o === 'ro') return true;
    if (o === 'rw') return false;
  }
  return false;
}

export { splitBind } from './bindParts.ts';

export function mountId(section: Section, containerName: string, destination: string): string {
  return `mount:${section}:${containerName}:${destination}`;
}

type ContainerHead = Pick<ContainerModel, 'id' | 'section' | 'name'>;

/** Every bind, binds.add entry and mount of one container, in the order LinuxKit applies them. */
export function readMounts(
  doc: Document.Parsed,
  container: ContainerHead,
  fields: Record<string, Field>,
  maxAliasCount: number,
  text = '',
): MountModel[] {
  const out: MountModel[] = [];
  const containerName = container.name ?? '';
  for (const form of ['binds', 'binds.add'] as const) {
    const seq = fields[form]?.node;
    if (!isSeq(seq)) continue;
    seq.items.forEach((item, index) => {
      if (!isScalar(item) || typeof item.value !== 'string') return;
      const span = nodeSpan(item);
      if (!span) return;
      const bind = parseBind(item.value, span, text);
      const isHost = bind.source.startsWith('/');
      out.push({
        id: '',
        containerId: container.id,
        section: container.section,
        containerName,
        form,
        index,
        span,
        raw: item.value,
        source: bind.source,
        sourceKind: isHost ? 'host' : 'volume',
        ...(isHost ? {} : { volume: bind.source }),
        type: 'bind',
        destination: bind.destination,
        options: bind.options,
        // LinuxKit's default bind options are rw
        readOnly: optionsReadOnly(bind.options),
        bind,
      });
    });
  }
  const mounts = fields.mounts?.node;
  if (isSeq(mounts)) {
    mounts.items.forEach((item, index) => {
      if (!isMap(item)) return;
      const span = nodeSpan(item as YamlNode);
      if (!span) return;
      const f = readFields(doc, item, maxAliasCount);
      const str = (k: string) => (typeof f[k]?.value === 'string' ? (f[k].value as string) : '');
      const options = Array.isArray(f.options?.value)
        ? (f.options.value as unknown[]).filter((o): o is string => typeof o === 'string')
        : [];
      const type = str('type') || inferMountType(str('source'), str('destination'));
      const source = str('source');
      const isBind = type === 'bind';
      const kind: MountModel['sourceKind'] = !isBind ? 'special' : source.startsWith('/') ? 'host' : 'volume';
      out.push({
        id: '',
        containerId: container.id,
        section: container.section,
        containerName,
        form: 'mounts' satisfies MountForm,
        index,
        span,
        source,
        sourceKind: kind,
        ...(kind === 'volume' ? { volume: source } : {}),
        type,
        destination: str('destination') || defaultMountpoint(type),
        options,
        readOnly: optionsReadOnly(options),
      });
    });
  }
  return out;
}

/** LinuxKit infers a mount's type from some well-known sources, and /dev is tmpfs. */
export function inferMountType(source: string, destination: string): string {
  if (['mqueue', 'devpts', 'proc', 'sysfs', 'cgroup'].includes(source)) return source;
  if (destination === '/dev') return 'tmpfs';
  return '';
}

export function defaultMountpoint(type: string): string {
  const defaults: Record<string, string> = {
    proc: '/proc',
    devpts: '/dev/pts',
    sysfs: '/sys',
    cgroup: '/sys/fs/cgroup',
    mqueue: '/dev/mqueue',
  };
  return defaults[type] ?? '';
}

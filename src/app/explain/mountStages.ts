import type { ConfigModel, ContainerModel, MountModel } from '../../core/model/types.ts';

/**
 * When a container runs, relative to the others: the part of the explanation about stages.
 * `readOnly`: the mount explained is read-only, so the container only reads what others wrote.
 */
export function visibilityOf(model: ConfigModel, c: ContainerModel, readOnly = false): string {
  const name = `\`${c.name ?? '(no name)'}\``;
  if (c.section === 'onboot') {
    const steps = model.containers.filter((x) => x.section === 'onboot');
    const step = steps.indexOf(c) + 1;
    return `${name} is onboot step ${step} of ${steps.length}: onboot containers run one at a time, each to completion, before any service starts. ${
      readOnly
        ? 'It sees what earlier steps wrote; it cannot write here itself.'
        : 'It sees what earlier steps wrote, and what it writes is there for later steps and for services.'
    }`;
  }
  if (c.section === 'services') {
    return `${name} is a service: services start after every onboot step has finished and run side by side, so they share the volume at the same time${readOnly ? ': it reads what the others write, and cannot write here itself' : ''}.`;
  }
  return `${name} runs at shutdown (onshutdown), after services were asked to stop, and sees what they left behind${readOnly ? ' (read-only: it cannot change it)' : ''}.`;
}

/** One sentence per mount of a volume, in run order: who sees it, where, and how. */
export function mountLines(model: ConfigModel, mounts: MountModel[]): string[] {
  const order = { onboot: 0, services: 1, onshutdown: 2 } as const;
  const sorted = [...mounts].sort((a, b) => order[a.section] - order[b.section]);
  return sorted.map((m) => {
    const c = model.containers.find((x) => x.id === m.containerId);
    const stage =
      m.section === 'onboot'
        ? `onboot step ${c ? model.containers.filter((x) => x.section === 'onboot').indexOf(c) + 1 : '?'}`
        : m.section === 'services'
          ? 'service'
          : 'onshutdown';
    return `\`${m.containerName || '(no name)'}\` (${stage}) sees it at \`${m.destination}\`, ${m.readOnly ? 'read-only' : 'read-write'}.`;
  });
}

import type { ConfigModel, ContainerModel, MountModel, VolumeModel } from '../../core/model/types.ts';
import { explainFile } from './explainFile.ts';
import { mountLines, visibilityOf } from './mountStages.ts';

/** Plain-words explanation of a volume, mount or file entry: what happens at build time and at run time. */
export interface Explanation {
  title: string;
  parts: { heading: string; text: string }[];
}

/** Where LinuxKit keeps volumes inside the built system. */
const VOLUMES_DIR = '/containers/volumes';

export function explain(model: ConfigModel, id: string): Explanation | null {
  const volume = model.volumes.find((v) => v.id === id);
  if (volume) return explainVolume(model, volume);
  const mount = model.mounts.find((m) => m.id === id);
  if (mount) return explainMount(model, mount);
  const file = model.files.find((f) => f.id === id);
  if (file) return explainFile(model, file);
  return null;
}

function contentsAtBuild(v: VolumeModel): string {
  const name = v.name ?? '(no name)';
  if (v.kind === 'blank') {
    return `LinuxKit creates an empty folder for \`${name}\` inside the image (${VOLUMES_DIR}/${name}). Nothing is copied into it: it starts empty on every boot.`;
  }
  if (v.kind === 'oci') {
    const platforms = v.platforms.length ? `for ${v.platforms.join(', ')} only` : 'for every platform the image offers';
    return `LinuxKit pulls \`${v.image ?? '?'}\` and stores it, ${platforms}, as an OCI image layout (an index.json plus content blobs), not as unpacked files. It is meant for a container runtime inside the system to import; the image is never run.`;
  }
  return `LinuxKit pulls \`${v.image ?? '?'}\` and unpacks its files into the volume, so it starts with exactly the image's contents. The image is only used as a source of files; it is never run.`;
}

function runtimeOverlay(v: VolumeModel): string {
  const start = v.kind === 'blank' ? 'an empty bottom layer' : 'the build-time contents as the bottom layer';
  return `When the system runs, the volume is an overlay with ${start}; writes land in a layer on top. Every container that mounts it sees the same files, and what one writes the others see. Nothing written at run time goes back into the image.`;
}

function readOnlyRule(v: VolumeModel): string {
  return v.readonly
    ? 'The volume is declared `readonly: true`: every container must mount it read-only (`:ro`). A read-write mount makes `linuxkit build` fail.'
    : 'The volume is read-write: each mount decides for itself, read-only (`:ro`) or read-write (the default).';
}

function explainVolume(model: ConfigModel, v: VolumeModel): Explanation {
  const mounts = v.name === undefined ? [] : (model.names.mountsOfVolume.get(v.name) ?? []).filter((m) => m.sourceKind === 'volume');
  let who = mounts.length ? mountLines(model, mounts).join(' ') : 'No container mounts it yet, so no container sees it.';
  if (v.kind === 'blank' && mounts.length > 0 && mounts.every((m) => m.readOnly)) {
    who += ' Every mount is read-only and the volume starts empty, so it stays empty.';
  }
  return {
    title: `Volume \`${v.name ?? '(no name)'}\` (${v.kind === 'blank' ? 'blank' : v.kind === 'oci' ? 'OCI layout' : 'image contents'})`,
    parts: [
      { heading: 'At build time', text: contentsAtBuild(v) },
      { heading: 'At run time', text: runtimeOverlay(v) },
      { heading: 'Read-only rule', text: readOnlyRule(v) },
      { heading: 'Who sees it, and when', text: who },
    ],
  };
}

const FORM: Record<MountModel['form'], string> = {
  binds: 'It is listed under `binds:`, which replaces the binds the image asks for by default.',
  'binds.add': "It is listed under `binds.add:`, which adds to the image's default binds.",
  mounts: 'It is a `mounts:` entry of type bind.',
};

function explainMount(model: ConfigModel, m: MountModel): Explanation {
  const container = model.containers.find((c) => c.id === m.containerId);
  const who = `\`${m.containerName || '(no name)'}\` (${m.section})`;
  const title = `${who} at \`${m.destination}\``;
  if (m.sourceKind !== 'volume') {
    const what =
      m.sourceKind === 'host'
        ? `This mounts the folder \`${m.source}\` of the running LinuxKit system itself (not a volume) into ${who} at \`${m.destination}\`.`
        : `This is a \`${m.type}\` mount: the kernel provides it when the container starts; nothing is prepared at build time.`;
    return { title, parts: [{ heading: 'What it is', text: what }, { heading: 'Access', text: access(m, undefined) }] };
  }
  const v = m.volumeModel;
  if (!v) {
    return { title, parts: [{ heading: 'What it is', text: `\`${m.volume ?? m.source}\` is not a volume of \`volumes:\`, so \`linuxkit build\` rejects this mount.` }] };
  }
  return {
    title,
    parts: [
      {
        heading: 'At build time',
        text: `LinuxKit points this mount at the volume's folder (${VOLUMES_DIR}/${v.name}/merged) in the container's runtime settings. ${FORM[m.form]}`,
      },
      { heading: 'What the container sees', text: `${seen(v, m.readOnly)} ${when(model, container, m)}` },
      { heading: 'Access', text: access(m, v) },
    ],
  };
}

function seen(v: VolumeModel, readOnly: boolean): string {
  const others = readOnly ? 'other containers' : 'containers';
  if (v.kind === 'blank') return `An empty folder at boot, plus whatever ${others} that ran earlier or run alongside have written to it.`;
  if (v.kind === 'oci') return `An OCI image layout of \`${v.image ?? '?'}\`, plus anything ${others} wrote to the volume since boot.`;
  return `The files of \`${v.image ?? '?'}\`, plus anything ${others} wrote to the volume since boot.`;
}

function when(model: ConfigModel, container: ContainerModel | undefined, m: MountModel): string {
  return container ? visibilityOf(model, container, m.readOnly) : `It is visible while the ${m.section} container runs.`;
}

function access(m: MountModel, v: VolumeModel | undefined): string {
  if (m.readOnly) return 'Read-only: the container can read but every write fails with "read-only file system".';
  if (v?.readonly) return 'Read-write, but the volume is read-only: `linuxkit build` rejects this. Mount it with `:ro`.';
  return 'Read-write: the container can change the files, and every other container mounting the volume sees the changes.';
}

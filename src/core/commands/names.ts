// Name rules and default names for new containers and volumes.
import type { ConfigModel, Section } from '../model/types.ts';

/** Volume names as LinuxKit accepts them (moby/config.go), here also non-empty. */
export const VOLUME_NAME = /^[a-z0-9_-]+$/;
/** Container names become directory names and containerd ids: letters, digits, `.`, `_`, `-`. */
export const CONTAINER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

// the newest alpine tag the LinuxKit configs of the corpus use
export const DEFAULT_IMAGE = 'alpine:3.21';

const PREFIX: Record<Section, string> = { onboot: 'onboot', services: 'service', onshutdown: 'onshutdown' };

function firstFree(prefix: string, taken: Set<string>): string {
  for (let n = 1; ; n++) if (!taken.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

export function containerNames(model: ConfigModel): Set<string> {
  return new Set(model.containers.flatMap((c) => (c.name !== undefined ? [c.name] : [])));
}

export function volumeNames(model: ConfigModel): Set<string> {
  return new Set(model.volumes.flatMap((v) => (v.name !== undefined ? [v.name] : [])));
}

/** `onboot-1`, `service-2`, ...: the first free name, unique across all sections. */
export function defaultContainerName(model: ConfigModel, section: Section): string {
  return firstFree(PREFIX[section], containerNames(model));
}

export function defaultVolumeName(model: ConfigModel): string {
  return firstFree('volume', volumeNames(model));
}

/** Why `name` cannot name a container (null when it can). `except` is the container being renamed. */
export function containerNameProblem(model: ConfigModel, name: string, except?: string): string | null {
  if (!CONTAINER_NAME.test(name)) {
    return `\`${name}\` is not a valid container name: use letters, digits, \`.\`, \`_\` and \`-\`, starting with a letter or digit.`;
  }
  if (name !== except && containerNames(model).has(name)) {
    return `A container named \`${name}\` already exists; choose another name.`;
  }
  return null;
}

export function volumeNameProblem(model: ConfigModel, name: string, except?: string): string | null {
  if (!VOLUME_NAME.test(name)) {
    return `\`${name}\` is not a valid volume name: use lowercase letters, digits, \`_\` and \`-\` only.`;
  }
  if (name !== except && volumeNames(model).has(name)) return `A volume named \`${name}\` already exists; choose another name.`;
  return null;
}

// Default names for new containers and volumes, and why a name cannot be used (rules: model/names.ts).
import { CONTAINER_NAME, firstFreeName, VOLUME_NAME } from '../model/names.ts';
import type { ConfigModel, Section } from '../model/types.ts';

export { CONTAINER_NAME, VOLUME_NAME };

// the newest alpine tag the LinuxKit configs of the corpus use
export const DEFAULT_IMAGE = 'alpine:3.21';

const PREFIX: Record<Section, string> = { onboot: 'onboot', services: 'service', onshutdown: 'onshutdown' };


/** `onboot-1`, `service-2`, ...: the first free name, unique across all sections. */
export function defaultContainerName(model: ConfigModel, section: Section): string {
  return firstFreeName(PREFIX[section], model.names.containers);
}

export function defaultVolumeName(model: ConfigModel): string {
  return firstFreeName('volume', model.names.volumes);
}

/** Why `name` cannot name a container (null when it can). `except` is the container being renamed. */
export function containerNameProblem(model: ConfigModel, name: string, except?: string): string | null {
  if (!CONTAINER_NAME.test(name)) {
    return `\`${name}\` is not a valid container name: use letters, digits, \`.\`, \`_\` and \`-\`, starting with a letter or digit.`;
  }
  if (name !== except && model.names.containers.has(name)) {
    return `A container named \`${name}\` already exists; choose another name.`;
  }
  return null;
}

export function volumeNameProblem(model: ConfigModel, name: string, except?: string): string | null {
  if (!VOLUME_NAME.test(name)) {
    return `\`${name}\` is not a valid volume name: use lowercase letters, digits, \`_\` and \`-\` only.`;
  }
  if (name !== except && model.names.volumes.has(name)) return `A volume named \`${name}\` already exists; choose another name.`;
  return null;
}

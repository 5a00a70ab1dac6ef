import { version } from '../../package.json';

/** How the tool names itself in SARIF logs. */
export const TOOL = {
  name: 'linuxkit-studio',
  version,
  // The project has no public home yet; the reference for every rule is LinuxKit's config format.
  informationUri: 'https://github.com/linuxkit/linuxkit/blob/master/docs/yaml.md',
} as const;

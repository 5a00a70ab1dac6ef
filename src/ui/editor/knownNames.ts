import { EMPTY_OUTLINE, viewOfFile, type Studio } from '../../app/index.ts';

/**
 * The volume and container names a file may use (the build's: binds name the last file's
 * volumes) when it parses, otherwise of the last text that did (while the user is mid-edit),
 * sorted and without duplicates.
 */
export function knownNames(studio: Pick<Studio, 'store' | 'views'>, name: string, text: string): { volumes: string[]; containers: string[] } {
  const { outline } = viewOfFile(studio, name, text).file ?? { outline: EMPTY_OUTLINE };
  return { volumes: outline.volumeNames, containers: outline.containerNames };
}

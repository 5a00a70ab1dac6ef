import { shownViewOf } from '../../app/shownView.ts';

/**
 * Volume and container names of `text` when it parses, otherwise of the last text that did
 * (while the user is mid-edit), sorted and without duplicates.
 */
export function knownNames(text: string): { volumes: string[]; containers: string[] } {
  const { outline } = shownViewOf(text);
  return { volumes: outline.volumeNames, containers: outline.containerNames };
}

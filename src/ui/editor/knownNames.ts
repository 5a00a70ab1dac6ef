import type { Views } from '../../app/index.ts';

/**
 * Volume and container names of `text` when it parses, otherwise of the last text that did
 * (while the user is mid-edit), sorted and without duplicates.
 */
export function knownNames(views: Views, text: string): { volumes: string[]; containers: string[] } {
  const { outline } = views.shown(text);
  return { volumes: outline.volumeNames, containers: outline.containerNames };
}

import type { Section } from './types.ts';

// The stable graph ids of DESIGN.md, built in one place.

export function containerId(section: Section, name: string): string {
  return `container:${section}:${name}`;
}

export function volumeId(name: string): string {
  return `volume:${name}`;
}

/** A `files:` entry, by its path as written (`file:etc/motd`). */
export function fileId(path: string): string {
  return `file:${path}`;
}

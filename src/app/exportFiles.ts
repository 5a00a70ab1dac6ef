import { zipSync, strToU8 } from 'fflate';
import type { StudioFile } from './files.ts';
import { appendLayoutComment } from './layoutComment.ts';
import type { Positions } from './positions.ts';
import type { Studio } from './studio.ts';

// Loaded when the user exports: the layout comment's code and fflate stay out of the first bundle.

/**
 * The files as Export writes them: exactly the editor's texts, each with the layout block of its
 * own elements appended when "Keep layout" is on (so each file reopens with its part of the layout).
 */
export function exportedFiles(studio: Studio): StudioFile[] {
  const files = studio.files();
  const { positions, flags } = studio.store.getState();
  if (!flags.keepLayout) return files;
  if (files.length === 1) return [{ name: files[0].name, text: appendLayoutComment(files[0].text, positions) }];
  const build = studio.views.build(files);
  return files.map((f) => {
    const own: Positions = {};
    for (const [id, xy] of Object.entries(positions)) if (build.home(id)?.file === f.name) own[id] = xy;
    return { name: f.name, text: appendLayoutComment(f.text, own) };
  });
}

/** The build's files in one zip (fflate: a small, well-kept zip writer, rather than one of our own). */
export function zipOf(files: readonly StudioFile[]): Blob {
  const bytes = zipSync(Object.fromEntries(files.map((f) => [f.name, strToU8(f.text)])));
  return new Blob([bytes as BlobPart], { type: 'application/zip' });
}

/** The zip's name: the build's first file's, `base.yml` → `base-build.zip`. */
export function zipName(files: readonly StudioFile[]): string {
  return `${files[0].name.replace(/\.ya?ml$/i, '')}-build.zip`;
}

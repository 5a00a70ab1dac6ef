import { withText } from './files.ts';
import type { Studio } from './studio.ts';
import type { FileView, ShownView } from './views.ts';

export interface ViewOfFile {
  view: ShownView;
  /** The file's part of the view: its diagnostics, elements and the names it may use. */
  file: FileView | undefined;
  /** The view is of this very text, which parses: positions in it may be trusted. */
  usable: boolean;
}

/**
 * The view of the build with one file's text as an editor holds it (typing not reported yet
 * included): what the editor's markers, quick fixes, completion and selection read of that file.
 */
export function viewOfFile(studio: Pick<Studio, 'store' | 'views'>, name: string, text: string): ViewOfFile {
  const view = studio.views.shown(withText(studio.store.getState().files, name, text));
  const file = view.files.find((f) => f.name === name);
  return { view, file, usable: file?.text === text && !view.stale && !view.pending };
}

import type * as Monaco from 'monaco-editor';
import { admitPaste } from '../../app/index.ts';

/**
 * A paste goes through the open rule (size limit, binary refusal) before Monaco does any work
 * with it: a refused paste changes nothing and `refuse` says why; the pasted text stays on the
 * clipboard. Something between the page's root and the editor's host stops pastes in the capture
 * phase (in Chromium a capture listener on the host never ran), so the guard listens on the
 * window, before anything else, for pastes aimed inside the host.
 */
export function guardPaste(
  host: HTMLElement,
  editor: Monaco.editor.IStandaloneCodeEditor,
  model: Monaco.editor.ITextModel,
  refuse: (reason: string) => void,
): Monaco.IDisposable {
  const onPaste = (e: ClipboardEvent) => {
    if (!(e.target instanceof Node) || !host.contains(e.target)) return;
    const pasted = e.clipboardData?.getData('text/plain') ?? '';
    if (pasted === '') return;
    const replaced = (editor.getSelections() ?? []).map((s) => model.getValueInRange(s));
    const admitted = admitPaste(pasted, model.getValue(), replaced);
    if (admitted.ok) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    refuse(admitted.reason);
  };
  const win = host.ownerDocument.defaultView ?? window;
  win.addEventListener('paste', onPaste, true);
  return { dispose: () => win.removeEventListener('paste', onPaste, true) };
}

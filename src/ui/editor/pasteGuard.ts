import type * as Monaco from 'monaco-editor';
import { admitPaste } from '../../app/index.ts';

/**
 * A paste goes through the open rule (size limit, binary refusal) before Monaco does any work
 * with it: a refused paste changes nothing and `refuse` says why; the pasted text stays on the
 * clipboard. Two ways in are guarded:
 * - the browser's paste event (Ctrl+V, Shift+Insert, the browser's own menu). Something between
 *   the page's root and the editor's host stops pastes in the capture phase (in Chromium a
 *   capture listener on the host never ran), so the guard listens on the window, before
 *   anything else, for pastes aimed inside the host;
 * - Monaco's own paste handler, which any `trigger(…, 'paste', …)` reaches without a paste
 *   event: the editor's `trigger` is wrapped for the 'paste' handler. The context menu's Paste
 *   (`editor.action.clipboardPasteAction`) is taken over to read the clipboard itself and paste
 *   through that handler: Monaco's own did nothing in Chromium (the menu held the focus when
 *   it asked whether the editor had it).
 */
export function guardPaste(
  monaco: typeof Monaco,
  host: HTMLElement,
  editor: Monaco.editor.IStandaloneCodeEditor,
  refuse: (reason: string) => void,
): Monaco.IDisposable {
  /** Whether a paste of `pasted` may go in; when not, `refuse` has said why. */
  const admits = (pasted: string): boolean => {
    const model = editor.getModel();
    if (pasted === '' || !model) return true;
    const replaced = (editor.getSelections() ?? []).map((s) => model.getValueInRange(s));
    const admitted = admitPaste(pasted, model.getValue(), replaced);
    if (!admitted.ok) refuse(admitted.reason);
    return admitted.ok;
  };
  const onPaste = (e: ClipboardEvent) => {
    if (!(e.target instanceof Node) || !host.contains(e.target)) return;
    if (admits(e.clipboardData?.getData('text/plain') ?? '')) return;
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const win = host.ownerDocument.defaultView ?? window;
  win.addEventListener('paste', onPaste, true);

  const trigger = editor.trigger.bind(editor);
  editor.trigger = (source, handlerId, payload) => {
    if (handlerId === 'paste' && !admits(pastedText(payload))) return;
    trigger(source, handlerId, payload);
  };
  // the context menu's Paste: the menu opened on this editor (or it has the focus) gets the clipboard
  let menuOpened = false;
  const menuSub = editor.onContextMenu(() => (menuOpened = true));
  const command = monaco.editor.registerCommand(PASTE_COMMAND, async () => {
    const mine = menuOpened || editor.hasTextFocus();
    menuOpened = false;
    if (!mine) return;
    const text = await host.ownerDocument.defaultView?.navigator.clipboard?.readText().catch(() => '');
    if (!text) return;
    editor.focus();
    editor.trigger('contextmenu', 'paste', { text });
  });
  return {
    dispose: () => {
      command.dispose();
      menuSub.dispose();
      win.removeEventListener('paste', onPaste, true);
      editor.trigger = trigger;
    },
  };
}

const PASTE_COMMAND = 'editor.action.clipboardPasteAction';

/** The text of a payload Monaco's paste handler takes (`{ text, multicursorText, … }`): at most `text` goes in at each cursor. */
function pastedText(payload: unknown): string {
  if (typeof payload !== 'object' || payload === null) return '';
  const { text } = payload as { text?: unknown };
  return typeof text === 'string' ? text : '';
}

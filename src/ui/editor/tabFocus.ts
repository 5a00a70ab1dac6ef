import type * as Monaco from 'monaco-editor';

/**
 * Monaco's "Tab moves focus" mode (its Ctrl+M): off, Tab indents; on, Tab leaves the editor like
 * any field. The editor toolbar shows and switches it, so the keyboard is never trapped.
 */
export function bindTabFocus(
  monaco: typeof Monaco,
  editor: Monaco.editor.IStandaloneCodeEditor,
  onChange: (on: boolean) => void,
): { toggle(): void; dispose(): void } {
  const option = monaco.editor.EditorOption.tabFocusMode;
  onChange(editor.getOption(option));
  const sub = editor.onDidChangeConfiguration((e) => {
    if (e.hasChanged(option)) onChange(editor.getOption(option));
  });
  return {
    toggle: () => editor.trigger('toolbar', 'editor.action.toggleTabFocusMode', null),
    dispose: () => sub.dispose(),
  };
}

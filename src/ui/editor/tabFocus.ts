import type * as Monaco from 'monaco-editor';

/**
 * The editor's "Tab moves focus" mode: off, Tab indents; on, Tab leaves the editor like any
 * field. Ctrl+M (Monaco's own key for it, taken over here so there is one state to show) and the
 * switch above the editor both change it, so the keyboard is never trapped.
 */
export function bindTabFocus(
  monaco: typeof Monaco,
  editor: Monaco.editor.IStandaloneCodeEditor,
  onChange: (on: boolean) => void,
): { toggle(): void } {
  let on = false;
  const toggle = () => {
    on = !on;
    editor.updateOptions({ tabFocusMode: on });
    onChange(on);
  };
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyM, toggle);
  return { toggle };
}

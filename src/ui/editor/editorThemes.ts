import type * as Monaco from 'monaco-editor';

/**
 * Monaco's own themes with the token colours that fall below 4.5:1 (WCAG AA) replaced: in `vs`
 * YAML keys (#008080), comments (#008000) and numbers (#098658) on the selected element's
 * highlight, the dimmed last line number (#a7c9d3); in `vs-dark` comments (#608b4e).
 */
export const EDITOR_THEMES = { light: 'linuxkit-studio-light', dark: 'linuxkit-studio-dark' } as const;

export function defineEditorThemes(monaco: typeof Monaco): void {
  monaco.editor.defineTheme(EDITOR_THEMES.light, {
    base: 'vs',
    inherit: true,
    rules: [
      { token: 'type', foreground: '006666' },
      { token: 'comment', foreground: '006100' },
      { token: 'number', foreground: '07704a' },
    ],
    colors: { 'editorLineNumber.dimmedForeground': '#237893' },
  });
  monaco.editor.defineTheme(EDITOR_THEMES.dark, {
    base: 'vs-dark',
    inherit: true,
    rules: [{ token: 'comment', foreground: '7ca668' }],
    colors: { 'editorLineNumber.dimmedForeground': '#858585' },
  });
}

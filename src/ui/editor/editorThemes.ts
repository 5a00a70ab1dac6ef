import type * as Monaco from 'monaco-editor';

/**
 * Monaco's own themes with the token colours that fall below 4.5:1 (WCAG AA) replaced: in `vs`
 * YAML keys (#008080), comments (#008000) and numbers (#098658) on the selected element's
 * highlight, the dimmed last line number (#a7c9d3); in `vs-dark` comments (#608b4e), and the
 * Compare view's diff backgrounds, which stacked (line + changed text) dropped strings to 2.9:1.
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
    colors: {
      'editorLineNumber.dimmedForeground': '#858585',
      // line ~8 % + changed text ~4 % over #1e1e1e: every vs-dark token stays above 4.5:1
      'diffEditor.insertedLineBackground': '#9bb95514',
      'diffEditor.insertedTextBackground': '#9ccc2c0a',
      'diffEditor.removedLineBackground': '#ff000014',
      'diffEditor.removedTextBackground': '#ff00000a',
    },
  });
}

import type * as Monaco from 'monaco-editor';

const QUERY = '(prefers-reduced-motion: reduce)';

/**
 * The editor's caret is the one thing on screen that moves by itself: with reduced motion asked
 * for, it stops blinking (and scrolling stays instant), following the setting as it changes.
 */
export function bindReducedMotion(editor: Monaco.editor.IStandaloneCodeEditor): { dispose(): void } {
  const media = matchMedia(QUERY);
  const apply = () => editor.updateOptions({ cursorBlinking: media.matches ? 'solid' : 'blink', smoothScrolling: false });
  apply();
  media.addEventListener('change', apply);
  return { dispose: () => media.removeEventListener('change', apply) };
}

import { useEffect, useRef } from 'react';
import type { ChangePlace } from '../../app/compare.ts';
import type * as Monaco from 'monaco-editor';

/**
 * Monaco's side-by-side diff of two texts, read-only; its models are its own and disposed with it.
 * `reveal`: the change picked in the list, scrolled into view and selected on its side.
 */
export function DiffEditor(props: { original: string; modified: string; originalName: string; reveal: ChangePlace | null }) {
  const { original, modified, originalName, reveal } = props;
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<Monaco.editor.IStandaloneDiffEditor | null>(null);
  // read when the editor is ready, so a change picked while Monaco still loads is shown too
  const pending = useRef(reveal);
  useEffect(() => {
    pending.current = reveal;
    if (editor.current && reveal) showPlace(editor.current, reveal);
  }, [reveal]);
  useEffect(() => {
    let dispose: (() => void) | undefined;
    let cancelled = false;
    void import('../editor/monacoSetup.ts').then(({ monaco }) => {
      if (cancelled || !host.current) return;
      const models = { original: monaco.editor.createModel(original, 'yaml'), modified: monaco.editor.createModel(modified, 'yaml') };
      const diff = monaco.editor.createDiffEditor(host.current, {
        readOnly: true,
        originalEditable: false,
        renderSideBySide: true,
        automaticLayout: true,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        renderOverviewRuler: false,
      });
      diff.setModel(models);
      // each side's text area needs a name of its own (axe: aria-input-field-name); the diff
      // editor's originalAriaLabel/modifiedAriaLabel do not reach the EditContext element
      diff.getOriginalEditor().updateOptions({ ariaLabel: `${originalName}, the version compared with (read-only)` });
      diff.getModifiedEditor().updateOptions({ ariaLabel: 'The current text (read-only here)' });
      editor.current = diff;
      if (pending.current) showPlace(diff, pending.current);
      dispose = () => {
        editor.current = null;
        diff.dispose();
        models.original.dispose();
        models.modified.dispose();
      };
    });
    return () => {
      cancelled = true;
      dispose?.();
    };
  }, [original, modified, originalName]);
  return <div ref={host} className="compare-diff-editor nokey" data-testid="compare-diff-editor" />;
}

function showPlace(diff: Monaco.editor.IStandaloneDiffEditor, place: ChangePlace): void {
  const side = place.side === 'original' ? diff.getOriginalEditor() : diff.getModifiedEditor();
  const model = side.getModel();
  if (!model) return;
  const start = model.getPositionAt(place.span.start);
  const end = model.getPositionAt(place.span.end);
  const range = { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column };
  side.setSelection(range);
  side.revealRangeInCenterIfOutsideViewport(range);
}

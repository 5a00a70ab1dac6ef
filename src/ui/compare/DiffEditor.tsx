import { useEffect, useRef } from 'react';

/** Monaco's side-by-side diff of two texts, read-only; its models are its own and disposed with it. */
export function DiffEditor({ original, modified, originalName }: { original: string; modified: string; originalName: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let dispose: (() => void) | undefined;
    let cancelled = false;
    void import('../editor/monacoSetup.ts').then(({ monaco }) => {
      if (cancelled || !host.current) return;
      const models = { original: monaco.editor.createModel(original, 'yaml'), modified: monaco.editor.createModel(modified, 'yaml') };
      const editor = monaco.editor.createDiffEditor(host.current, {
        readOnly: true,
        originalEditable: false,
        renderSideBySide: true,
        automaticLayout: true,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        renderOverviewRuler: false,
      });
      editor.setModel(models);
      // each side's text area needs a name of its own (axe: aria-input-field-name); the diff
      // editor's originalAriaLabel/modifiedAriaLabel do not reach the EditContext element
      editor.getOriginalEditor().updateOptions({ ariaLabel: `${originalName}, the version compared with (read-only)` });
      editor.getModifiedEditor().updateOptions({ ariaLabel: 'The current text (read-only here)' });
      dispose = () => {
        editor.dispose();
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

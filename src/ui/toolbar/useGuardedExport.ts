import { useState } from 'react';
import { analysisOf } from '../../app/analysis.ts';
import { flushEditor } from '../../app/editorBridge.ts';
import { useStudioStore } from '../state/StudioContext.tsx';

export interface PendingExport {
  /** "Export anyway", "Copy anyway". */
  actionLabel: string;
  run(): void;
}

/** Runs an export at once when the config has no errors; otherwise keeps it pending for the dialog. */
export function useGuardedExport() {
  const store = useStudioStore();
  const [pending, setPending] = useState<PendingExport | null>(null);
  const guard = (action: PendingExport) => {
    flushEditor(); // typing still waiting in the editor's debounce belongs in the file
    const { diagnostics } = analysisOf(store.getState().text);
    if (diagnostics.some((d) => d.severity === 'error')) setPending(action);
    else action.run();
  };
  const confirm = () => {
    pending?.run();
    setPending(null);
  };
  return { pending, guard, confirm, cancel: () => setPending(null) };
}

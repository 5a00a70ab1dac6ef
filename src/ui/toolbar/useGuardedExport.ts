import { useState } from 'react';
import { useStudioObject } from '../state/StudioContext.tsx';

export interface PendingExport {
  /** "Export anyway", "Copy anyway". */
  actionLabel: string;
  run(): void;
}

/** Runs an export at once when the config has no errors; otherwise keeps it pending for the dialog. */
export function useGuardedExport() {
  const studio = useStudioObject();
  const [pending, setPending] = useState<PendingExport | null>(null);
  const guard = (action: PendingExport) => {
    // studio.files(): typing still waiting in the editor's debounce belongs in the file; the build's own checks
    const { files } = studio.views.build(studio.files());
    if (files.some((f) => f.diagnostics.some((d) => d.severity === 'error'))) setPending(action);
    else action.run();
  };
  const confirm = () => {
    pending?.run();
    setPending(null);
  };
  return { pending, guard, confirm, cancel: () => setPending(null) };
}

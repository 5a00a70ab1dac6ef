/**
 * Which file the toolbar's Undo (and Redo) goes to in a build of several files: each file's model
 * has its own undo stack, and the changes of all files make one order. Consecutive changes of
 * one file are one run; a run is undone once its model is back at the version it started from
 * (Monaco's alternative version ids come back on undo).
 */
export interface UndoOrder {
  /** A file's model changed from version `before` to `after`; `kind` says whether by undo, redo or an edit. */
  changed(file: string, kind: 'edit' | 'undo' | 'redo', before: number, after: number): void;
  /** The file whose change Undo takes back, or null when none is known. */
  undoFile(): string | null;
  redoFile(): string | null;
  /** Forgets files that left the build. */
  keepOnly(files: readonly string[]): void;
}

interface Run {
  file: string;
  start: number;
  end: number;
}

export function createUndoOrder(): UndoOrder {
  const done: Run[] = [];
  const undone: Run[] = [];
  const lastOf = (runs: Run[], file: string) => {
    for (let i = runs.length - 1; i >= 0; i--) if (runs[i].file === file) return i;
    return -1;
  };
  return {
    changed(file, kind, before, after) {
      if (kind === 'edit') {
        const top = done.at(-1);
        if (top?.file === file) top.end = after;
        else done.push({ file, start: before, end: after });
        undone.length = 0;
        return;
      }
      if (kind === 'undo') {
        const i = lastOf(done, file);
        if (i >= 0 && after === done[i].start) undone.push(...done.splice(i, 1));
        return;
      }
      const i = lastOf(undone, file);
      if (i >= 0 && after === undone[i].end) done.push(...undone.splice(i, 1));
    },
    undoFile: () => done.at(-1)?.file ?? null,
    redoFile: () => undone.at(-1)?.file ?? null,
    keepOnly(files) {
      for (const runs of [done, undone]) {
        for (let i = runs.length - 1; i >= 0; i--) if (!files.includes(runs[i].file)) runs.splice(i, 1);
      }
    },
  };
}

/**
 * Which file the toolbar's Undo (and Redo) goes to in a build of several files: each file's model
 * has its own undo stack, and the changes of all files make one order. Consecutive changes of
 * one file are one run; a run is undone once its model is back at the version it started from
 * (Monaco's alternative version ids come back on undo). One change of several files (a quick fix
 * that moves a volume into the last file) is one step: its runs share a group, and taking one back
 * names the others, for the editor to take back too.
 */
export interface UndoOrder {
  /**
   * A file's model changed from version `before` to `after`; `kind` says whether by undo, redo or
   * an edit; `group` marks the edits of one change of several files. Returns the other files of
   * the group that an undo (redo) of a grouped run leaves to take back (bring back) too.
   */
  changed(file: string, kind: 'edit' | 'undo' | 'redo', before: number, after: number, group?: number): string[];
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
  group?: number;
}

export function createUndoOrder(): UndoOrder {
  const done: Run[] = [];
  const undone: Run[] = [];
  const lastOf = (runs: Run[], file: string) => {
    for (let i = runs.length - 1; i >= 0; i--) if (runs[i].file === file) return i;
    return -1;
  };
  return {
    changed(file, kind, before, after, group) {
      if (kind === 'edit') {
        const top = done.at(-1);
        if (top?.file === file && top.group === group) top.end = after;
        else done.push({ file, start: before, end: after, group });
        undone.length = 0;
        return [];
      }
      const [from, to, back] = kind === 'undo' ? [done, undone, (r: Run) => after === r.start] : [undone, done, (r: Run) => after === r.end];
      const i = lastOf(from, file);
      if (i < 0 || !back(from[i])) return [];
      const [run] = from.splice(i, 1);
      to.push(run);
      return run.group === undefined ? [] : from.filter((r) => r.group === run.group).map((r) => r.file);
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

import type { ConfigDiff } from '../../../core/diff/types.ts';

/** The `diff --json` contract (DESIGN.md): `{"changes": [{"change", "id", "fields"}]}`, most important first. */
export function formatDiffJson(diff: ConfigDiff): string {
  const changes = diff.changes.map((c) => ({ change: c.change, id: c.id, fields: c.fields }));
  return `${JSON.stringify({ changes }, null, 2)}\n`;
}

import { describeChange, diffSummary } from '../../../core/diff/describe.ts';
import type { ConfigDiff } from '../../../core/diff/types.ts';
import { sanitize } from '../../sanitize.ts';

/** `OLD → NEW: N changes`, then each change (`!` marks those worth a look first) with what it means. */
export function formatDiffHuman(diff: ConfigDiff, names: { before: string; after: string }): string {
  const head = `${sanitize(names.before)} → ${sanitize(names.after)}: ${diffSummary(diff.changes)}`;
  if (diff.changes.length === 0) return `${head} (formatting, comments and key order are not changes)\n`;
  const lines = [head, ''];
  for (const c of diff.changes) {
    const fields = c.fields.length > 0 ? ` (${c.fields.join(', ')})` : '';
    lines.push(`${c.notes.length > 0 ? '!' : ' '} ${c.change.padEnd(7)} ${sanitize(c.id)}${sanitize(fields)}`);
    lines.push(`    ${sanitize(describeChange(c))}`);
  }
  return `${lines.join('\n')}\n`;
}

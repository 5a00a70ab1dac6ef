import { describeChange, diffSummary } from '../../../core/diff/describe.ts';
import type { ConfigDiff } from '../../../core/diff/types.ts';
import { sanitize } from '../../sanitize.ts';

/** A pull-request comment: a summary line, then a table of the changes (most important first). */
export function formatDiffMarkdown(diff: ConfigDiff, names: { before: string; after: string }): string {
  const between = `between ${code(names.before)} and ${code(names.after)}`;
  if (diff.changes.length === 0) return `**No changes** ${between} (formatting, comments and key order are not changes).\n`;
  const [count, rest] = splitSummary(diffSummary(diff.changes));
  const rows = diff.changes.map((c) =>
    [c.notes.length > 0 ? '⚠️' : '', c.change, code(c.id), c.fields.map(code).join(', '), text(describeChange(c))].join(' | '),
  );
  return [`**${count}** ${between}${rest}.`, '', '|  | Change | Element | Fields | What it means |', '| --- | --- | --- | --- | --- |', ...rows.map((r) => `| ${r} |`)].join('\n') + '\n';
}

/** `3 changes (2 worth a look first)` → [`3 changes`, `, 2 worth a look first`]. */
function splitSummary(summary: string): [string, string] {
  const m = /^(.*?) \((.*)\)$/.exec(summary);
  return m ? [m[1], `, ${m[2]}`] : [summary, ''];
}

/** A code span that no backtick, pipe or newline in the value can break out of. */
export function code(value: string): string {
  const v = sanitize(value).replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...v.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = v.startsWith('`') || v.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${v}${pad}${fence}`;
}

/** Plain text in a table cell: Markdown and HTML characters escaped, one line. */
export function text(value: string): string {
  return sanitize(value)
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]<>|~#&]/g, (c) => `\\${c}`);
}

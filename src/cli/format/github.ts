import type { Severity } from '../../core/diagnostics/codes.ts';
import type { FileReport } from '../checkFile.ts';
import { repoRelative } from '../repoPath.ts';
import { sanitize } from '../sanitize.ts';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), one per problem, which
 * GitHub shows inline on the pull request. Paths are relative to the current directory.
 */
export function formatGithub(reports: readonly FileReport[], cwd: string): string {
  const lines: string[] = [];
  for (const r of reports) {
    const file = r.file === '-' ? undefined : repoRelative(r.file, cwd);
    if (r.error) {
      lines.push(workflowCommand('error', { file, title: r.error.code }, r.error.message));
      continue;
    }
    for (const d of r.diagnostics) {
      const at = { line: d.line, col: d.column, endLine: d.endLine, endColumn: d.endColumn };
      lines.push(workflowCommand(COMMAND[d.severity], { file, ...at, title: d.code }, d.message));
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

type Properties = Record<string, string | number | undefined>;

/** `::name key=value,…::message` with GitHub's escaping; properties left undefined are left out. */
export function workflowCommand(name: string, properties: Properties, message: string): string {
  const props = Object.entries(properties)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/**
 * Escapes a message as @actions/core does (`%` `\r` `\n` → `%25` `%0D` `%0A`); other control
 * characters (which would drive a terminal showing the raw log) become visible placeholders.
 */
export function escapeData(text: string): string {
  return sanitize(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** A property value also escapes `:` and `,`, which would end the value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

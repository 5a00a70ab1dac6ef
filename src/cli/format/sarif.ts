import { pathToFileURL } from 'node:url';
import { codeDoc, codeHelp } from '../../core/diagnostics/codeDocs.ts';
import { DIAGNOSTIC_CODES, severityOf, type Severity } from '../../core/diagnostics/codes.ts';
import type { FileReport } from '../checkFile.ts';
import { repoRelative, toUriReference } from '../repoPath.ts';
import { TOOL } from '../toolInfo.ts';

/** The base every artifact URI is relative to (the directory the CLI ran in), as GitHub's examples name it. */
export const SRCROOT = '%SRCROOT%';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** One SARIF 2.1.0 log: one run, a rule per diagnostic code, a result per diagnostic. */
export function formatSarif(reports: readonly FileReport[], cwd: string): string {
  const rules = DIAGNOSTIC_CODES.map((code) => {
    const doc = codeDoc(code);
    return {
      id: code,
      name: ruleName(code),
      shortDescription: { text: doc.short },
      fullDescription: { text: doc.full },
      help: { text: codeHelp(code), markdown: `${doc.full}\n\n**How to fix:** ${doc.fix}` },
      helpUri: TOOL.informationUri,
      defaultConfiguration: { level: LEVEL[severityOf(code)] },
      properties: { tags: ['linuxkit'], precision: 'very-high', 'problem.severity': severityOf(code) === 'info' ? 'recommendation' : severityOf(code) },
    };
  });
  const ruleIndex = new Map<string, number>(DIAGNOSTIC_CODES.map((code, i) => [code, i]));
  const artifacts: { location: { uri: string; uriBaseId: string }; sourceLanguage: string }[] = [];
  const results: object[] = [];
  const notifications: object[] = [];
  for (const r of reports) {
    const location = r.file === '-' ? undefined : { uri: toUriReference(repoRelative(r.file, cwd)), uriBaseId: SRCROOT };
    let artifactIndex: number | undefined;
    if (location) {
      artifactIndex = artifacts.length;
      artifacts.push({ location, sourceLanguage: 'yaml' });
    }
    if (r.error) {
      notifications.push({ level: 'error', message: { text: `${r.file}: ${r.error.message}` }, descriptor: { id: r.error.code } });
      continue;
    }
    for (const d of r.diagnostics) {
      results.push({
        ruleId: d.code,
        ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
        level: LEVEL[d.severity],
        message: { text: d.message },
        ...(location
          ? {
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { ...location, index: artifactIndex },
                    region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
                  },
                },
              ],
            }
          : {}),
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL.name, version: TOOL.version, semanticVersion: TOOL.version, informationUri: TOOL.informationUri, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        artifacts,
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** `readonly-volume-mounted-rw` → `ReadonlyVolumeMountedRw` (SARIF rule names are identifiers). */
function ruleName(code: string): string {
  return code.replace(/(^|-)([a-z0-9])/g, (_m, _dash: string, c: string) => c.toUpperCase());
}

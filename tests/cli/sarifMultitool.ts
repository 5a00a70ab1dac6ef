// Microsoft's SARIF validator (`@microsoft/sarif-multitool validate`), run as a process on a log.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface MultitoolFinding {
  level: string;
  ruleId: string;
  message: string;
}

/** The validator's findings about `log` (its own output is SARIF too). Throws when it cannot run. */
export function multitoolValidate(log: string): MultitoolFinding[] {
  // the package's main module is the path of the native executable for this platform
  const binary = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
  const dir = mkdtempSync(join(tmpdir(), 'lks-sarif-'));
  try {
    const input = join(dir, 'in.sarif');
    const output = join(dir, 'out.sarif');
    writeFileSync(input, log);
    const run = spawnSync(binary, ['validate', input, '--output', output, '--log', 'ForceOverwrite'], {
      encoding: 'utf8',
      // .NET needs ICU for culture data unless told to run culture-invariant (not installed everywhere)
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
      timeout: 120_000,
    });
    if (run.error) throw run.error;
    if (run.status !== 0) throw new Error(`sarif-multitool exited ${run.status}: ${run.stdout}${run.stderr}`);
    const report = JSON.parse(readFileSync(output, 'utf8')) as { runs: { results?: { level?: string; ruleId: string; message: unknown }[] }[] };
    return (report.runs[0].results ?? []).map((r) => ({ level: r.level ?? 'warning', ruleId: r.ruleId, message: JSON.stringify(r.message) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

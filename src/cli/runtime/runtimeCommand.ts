import { readInput, type InputResult } from '../readInput.ts';
import { makeStyle, wantsColour } from '../style.ts';
import { runtimeReport, type RuntimeFileReport } from './runtimeReport.ts';
import { formatRuntimeHuman } from './runtimeTable.ts';

/**
 * `runtime [--json] FILE...`: what LinuxKit will run for each container. Exit 2 when a file
 * cannot be read, 1 when one does not parse or `linuxkit build` would stop making an OCI config.
 */
export async function runtimeFiles(files: readonly string[], json: boolean): Promise<number> {
  let stdin: Promise<InputResult> | undefined;
  const reports: RuntimeFileReport[] = [];
  for (const file of files) {
    const input = file === '-' ? (stdin ??= readInput('-')) : readInput(file);
    reports.push(runtimeReport(file, await input));
  }
  if (json) {
    process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  } else {
    const { stdout, stderr } = formatRuntimeHuman(reports, makeStyle(wantsColour(process.stdout, process.env)));
    process.stderr.write(stderr);
    process.stdout.write(stdout);
  }
  if (reports.some((r) => r.error?.kind === 'io')) return 2;
  return reports.some((r) => r.error || r.containers.some((c) => c.errors.length > 0)) ? 1 : 0;
}

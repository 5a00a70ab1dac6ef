import { version } from '../../package.json';
import { parseArgs } from './args.ts';
import { checkFile, type FileReport } from './checkFile.ts';
import { formatHumanReport, summary } from './formatHuman.ts';
import { formatJson } from './formatJson.ts';
import { HELP, USAGE } from './help.ts';
import { guardOutput } from './output.ts';
import { recoverArguments } from './rawArgs.ts';
import { readInput, type InputResult } from './readInput.ts';
import { sanitize } from './sanitize.ts';
import { makeStyle, wantsColour } from './style.ts';

/** Exit codes (DESIGN.md): 0 no errors, 1 some file has an error, 2 usage or I/O problem. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

async function main(argv: readonly string[]): Promise<number> {
  const { args, pathOf } = recoverArguments(argv);
  const request = parseArgs(args);
  switch (request.kind) {
    case 'help':
      process.stdout.write(HELP);
      return EXIT.ok;
    case 'version':
      process.stdout.write(`linuxkit-studio ${version}\n`);
      return EXIT.ok;
    case 'usage-error':
      process.stderr.write(`linuxkit-studio: ${sanitize(request.message)}\n${USAGE}\nTry 'linuxkit-studio --help'.\n`);
      return EXIT.usage;
    case 'validate':
      return validateFiles(request.files, request.json, pathOf);
  }
}

/**
 * Judges the files one by one; in human format each file's findings are printed as soon as it
 * is judged, and its text is let go (70 inputs of 63 MiB must not all stay in memory).
 */
async function validateFiles(files: readonly string[], json: boolean, pathOf: (shown: string) => string | Buffer): Promise<number> {
  let stdin: Promise<InputResult> | undefined;
  const style = makeStyle(wantsColour(process.stdout, process.env));
  const reports: FileReport[] = [];
  for (const file of files) {
    // Standard input can be read once; `-` given twice reports the same content twice.
    const input = file === '-' ? (stdin ??= readInput('-')) : readInput(file, pathOf(file));
    const report = checkFile(file, await input);
    if (!json) {
      const out = formatHumanReport(report, style);
      if (out.stderr) process.stderr.write(out.stderr);
      if (out.stdout) process.stdout.write(out.stdout);
    }
    delete report.lineIndex; // the text: nothing needs it once the file is printed
    reports.push(report);
  }
  process.stdout.write(json ? formatJson(reports) : `${summary(reports)}\n`);
  if (reports.some((r) => r.error)) return EXIT.usage;
  return reports.every((r) => r.valid) ? EXIT.ok : EXIT.invalid;
}

guardOutput();

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // one line, no stack trace: the message says enough to report it
    process.stderr.write(`linuxkit-studio: internal error: ${sanitize(e instanceof Error ? e.message : String(e))}\n`);
    process.exitCode = EXIT.usage;
  },
);

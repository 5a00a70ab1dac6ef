import { version } from '../../package.json';
import { parseArgs } from './args.ts';
import { checkBuild } from './checkBuild.ts';
import { checkFile, type FileReport } from './checkFile.ts';
import { formatHuman } from './formatHuman.ts';
import { formatJson } from './formatJson.ts';
import { HELP, USAGE } from './help.ts';
import { readInput, type InputResult } from './readInput.ts';
import { makeStyle, wantsColour } from './style.ts';

/** Exit codes (DESIGN.md): 0 no errors, 1 some file has an error, 2 usage or I/O problem. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

async function main(argv: readonly string[]): Promise<number> {
  const request = parseArgs(argv);
  switch (request.kind) {
    case 'help':
      process.stdout.write(HELP);
      return EXIT.ok;
    case 'version':
      process.stdout.write(`linuxkit-studio ${version}\n`);
      return EXIT.ok;
    case 'usage-error':
      process.stderr.write(`linuxkit-studio: ${request.message}\n${USAGE}\nTry 'linuxkit-studio --help'.\n`);
      return EXIT.usage;
    case 'validate':
      return validateFiles(request.files, request.json, request.merge === true);
  }
}

async function validateFiles(files: readonly string[], json: boolean, merge: boolean): Promise<number> {
  let stdin: Promise<InputResult> | undefined;
  const inputs: { file: string; input: InputResult }[] = [];
  for (const file of files) {
    // Standard input can be read once; `-` given twice reports the same content twice.
    inputs.push({ file, input: await (file === '-' ? (stdin ??= readInput('-')) : readInput(file)) });
  }
  const reports: FileReport[] = merge ? checkBuild(inputs) : inputs.map(({ file, input }) => checkFile(file, input));
  if (json) {
    process.stdout.write(formatJson(reports));
  } else {
    const { stdout, stderr } = formatHuman(reports, makeStyle(wantsColour(process.stdout, process.env)));
    process.stderr.write(stderr);
    process.stdout.write(stdout);
  }
  if (reports.some((r) => r.error)) return EXIT.usage;
  return reports.every((r) => r.valid) ? EXIT.ok : EXIT.invalid;
}

// A closed pipe (`... | head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`linuxkit-studio: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = EXIT.usage;
  },
);

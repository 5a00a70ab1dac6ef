import { version } from '../../package.json';
import { parseArgs } from './args.ts';
import { EXIT, type CliIo } from './command.ts';
import { COMMANDS } from './commands/index.ts';
import { helpText, usage } from './help.ts';
import { guardOutput } from './output.ts';
import { recoverArguments } from './rawArgs.ts';
import { readInput, type InputResult } from './readInput.ts';
import { sanitize } from './sanitize.ts';

async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const request = parseArgs(argv, COMMANDS);
  switch (request.kind) {
    case 'help':
      io.stdout(helpText(COMMANDS));
      return EXIT.ok;
    case 'version':
      io.stdout(`linuxkit-studio ${version}\n`);
      return EXIT.ok;
    case 'usage-error': {
      const shown = COMMANDS.filter((c) => request.command === undefined || c.name === request.command);
      io.stderr(`linuxkit-studio: ${sanitize(request.message)}\n${usage(shown)}\nTry 'linuxkit-studio --help'.\n`);
      return EXIT.usage;
    }
    case 'run':
      return COMMANDS.find((c) => c.name === request.command)!.run(request, io);
  }
}

function processIo(pathOf: (shown: string) => string | Buffer): CliIo {
  // Standard input can be read once; `-` given twice reports the same content twice.
  let stdin: Promise<InputResult> | undefined;
  return {
    stdout: (text) => void (text && process.stdout.write(text)),
    stderr: (text) => void (text && process.stderr.write(text)),
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: process.stdout.isTTY === true,
    read: (file) => (file === '-' ? (stdin ??= readInput('-')) : readInput(file, pathOf(file))),
  };
}

guardOutput();

const { args, pathOf } = recoverArguments(process.argv.slice(2));
main(args, processIo(pathOf)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // one line, no stack trace: the message says enough to report it
    process.stderr.write(`linuxkit-studio: internal error: ${sanitize(e instanceof Error ? e.message : String(e))}\n`);
    process.exitCode = EXIT.usage;
  },
);

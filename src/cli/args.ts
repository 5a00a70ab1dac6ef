/** What the command line asks for. */
export type CliRequest =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'validate'; json: boolean; files: string[]; merge?: boolean }
  | { kind: 'usage-error'; message: string };

/** Parses `linuxkit-studio <command> [options] FILE...`. `--` ends the options; `-` is standard input. */
export function parseArgs(argv: readonly string[]): CliRequest {
  if (argv.length === 0) return usageError('no command given');
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
  if (command === '--version' || command === '-V') return { kind: 'version' };
  if (command.startsWith('-')) return usageError(`unknown option '${command}'`);
  if (command !== 'validate') return usageError(`unknown command '${command}'`);

  let json = false;
  let merge = false;
  const files: string[] = [];
  let optionsEnded = false;
  for (const arg of rest) {
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) files.push(arg);
    else if (arg === '--') optionsEnded = true;
    else if (arg === '--json') json = true;
    else if (arg === '--merge') merge = true;
    else if (arg === '--help' || arg === '-h') return { kind: 'help' };
    else if (arg === '--version' || arg === '-V') return { kind: 'version' };
    else return usageError(`unknown option '${arg}'`);
  }
  if (files.length === 0) return usageError('no files to validate (use - for standard input)');
  return merge ? { kind: 'validate', json, files, merge } : { kind: 'validate', json, files };
}

function usageError(message: string): CliRequest {
  return { kind: 'usage-error', message };
}

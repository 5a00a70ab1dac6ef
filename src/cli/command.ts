import type { CommandSyntax, OptionValues } from './args.ts';
import type { InputResult } from './readInput.ts';

/** Exit codes (DESIGN.md): 0 no errors / no changes, 1 some file has an error / something changed, 2 usage or I/O problem. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** The process as a command sees it (tests and main.ts provide it). */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Paths in SARIF and GitHub annotations are relative to this. */
  cwd: string;
  stdoutIsTTY: boolean;
  /** Reads a file, or standard input for `-` (read once however often it is named). Never throws. */
  read(file: string): Promise<InputResult>;
}

/** A subcommand: its syntax, its lines of usage and help, and what it does. */
export interface Command extends CommandSyntax {
  /** Usage lines without the program name, e.g. `validate [--json] FILE...`. */
  usage: readonly string[];
  /** Its section of `--help`: what it does, its options, its output. */
  help: string;
  run(request: { options: OptionValues; operands: readonly string[] }, io: CliIo): Promise<number>;
}

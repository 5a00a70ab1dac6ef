/** One option a command takes. */
export interface OptionSpec {
  /** As typed: `--format`. */
  flag: string;
  /** The setting it changes (several flags may set one key: `--json` and `--format`). */
  key: string;
  /** A flag that takes a value (`--format sarif` or `--format=sarif`) accepts one of these. */
  choices?: readonly string[];
  /** A flag without a value sets its key to this (`--json` sets format to `json`); default `true`. */
  sets?: string;
}

/** What the parser needs to know of a command. */
export interface CommandSyntax {
  name: string;
  options: readonly OptionSpec[];
  /** How many operands (files) it takes, and what to say when there are too few. */
  operands: { min: number; max: number; missing: string };
}

export type OptionValues = Readonly<Record<string, string | true>>;

/** What the command line asks for. */
export type CliRequest =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'run'; command: string; options: OptionValues; operands: string[] }
  | { kind: 'usage-error'; message: string; command?: string };

const HELP_FLAGS = new Set(['--help', '-h', 'help']);
const VERSION_FLAGS = new Set(['--version', '-V']);

/**
 * Parses `linuxkit-studio <command> [options] OPERAND...` against the commands' syntax.
 * `--` ends the options; `-` is an operand (standard input). Never throws.
 */
export function parseArgs(argv: readonly string[], commands: readonly CommandSyntax[]): CliRequest {
  if (argv.length === 0) return { kind: 'usage-error', message: 'no command given' };
  const [name, ...rest] = argv;
  if (HELP_FLAGS.has(name)) return { kind: 'help' };
  if (VERSION_FLAGS.has(name)) return { kind: 'version' };
  if (name.startsWith('-')) return { kind: 'usage-error', message: `unknown option '${name}'` };
  const command = commands.find((c) => c.name === name);
  if (!command) return { kind: 'usage-error', message: `unknown command '${name}'` };

  const fail = (message: string): CliRequest => ({ kind: 'usage-error', message, command: command.name });
  const options: Record<string, string | true> = {};
  const givenAs: Record<string, string> = {};
  const operands: string[] = [];
  let optionsEnded = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      operands.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (VERSION_FLAGS.has(arg)) return { kind: 'version' };
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const spec = command.options.find((o) => o.flag === flag);
    if (!spec) return fail(`unknown option '${flag}'`);
    let value: string | true;
    if (spec.choices) {
      const given = eq > 0 ? arg.slice(eq + 1) : rest[++i];
      const choices = spec.choices.join(', ');
      if (given === undefined) return fail(`option '${flag}' needs a value (${choices})`);
      if (!spec.choices.includes(given)) return fail(`invalid value '${given}' for '${flag}' (choose ${choices})`);
      value = given;
    } else {
      if (eq > 0) return fail(`option '${flag}' takes no value`);
      value = spec.sets ?? true;
    }
    const shown = value === true || !spec.choices ? flag : `${flag} ${value}`;
    if (spec.key in options && options[spec.key] !== value) return fail(`'${givenAs[spec.key]}' and '${shown}' contradict each other`);
    options[spec.key] = value;
    givenAs[spec.key] = shown;
  }
  const { min, max, missing } = command.operands;
  if (operands.length < min) return fail(missing);
  if (operands.length > max) return fail(`too many operands for '${command.name}' (at most ${max}): '${operands[max]}'`);
  return { kind: 'run', command: command.name, options, operands };
}

import type { Command } from './command.ts';

/** `usage: linuxkit-studio …` with one line per form of each command (or of one command). */
export function usage(commands: readonly Command[]): string {
  const lines = commands.flatMap((c) => c.usage);
  return lines.map((line, i) => `${i === 0 ? 'usage:' : '      '} linuxkit-studio ${line}`).join('\n');
}

/** The full `--help` text: usage, then each command's own section, then what all share. */
export function helpText(commands: readonly Command[]): string {
  return `${usage(commands)}

Checks LinuxKit YAML configs the way \`linuxkit build\` would read them, and
reports mistakes it would accept but that are almost certainly wrong.

${commands.map((c) => c.help.trimEnd()).join('\n\n')}

Options of every command:
  -h, --help         show this help
  -V, --version      print the version
  --                 ends the options: what follows are file names

Exit status:
  0  validate: no file has an error (warnings and infos allowed);
     diff: nothing changed; graph, schema: printed
  1  validate: at least one file has an error; diff: something changed
  2  usage problem (no files, unknown option or command), or a file could
     not be read (missing, a directory, unchecked) or checked (internal
     error); validate still checks and reports the other files
  Usage problems print a message on standard error and nothing on standard output.
`;
}

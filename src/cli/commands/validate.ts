import { checkBuild } from '../checkBuild.ts';
import { checkFile, type FileReport } from '../checkFile.ts';
import { EXIT, type Command } from '../command.ts';
import { formatHumanReport, summary } from '../format/human.ts';
import { VALIDATE_FORMAT_NAMES, VALIDATE_FORMATS, type ValidateFormat } from '../format/index.ts';
import type { InputResult } from '../readInput.ts';
import { makeStyle, wantsColour } from '../style.ts';

export const validateCommand: Command = {
  name: 'validate',
  options: [
    { flag: '--format', key: 'format', choices: VALIDATE_FORMAT_NAMES },
    { flag: '--json', key: 'format', sets: 'json' },
    { flag: '--merge', key: 'merge' },
  ],
  operands: { min: 1, max: Infinity, missing: 'no files to validate (use - for standard input)' },
  usage: ['validate [--json] FILE...', `validate --format ${VALIDATE_FORMAT_NAMES.join('|')} FILE...`, 'validate --merge FILE...'],
  help: `validate [--format FORMAT] [--merge] FILE...
  Checks each FILE (- reads standard input) and prints its problems.
  --merge            check the FILEs as ONE build, merged in the order given
                     as \`linuxkit build FILE...\` merges them: a later file's
                     kernel fields override, other sections append, volumes
                     are looked up in the last file only, uid/gid names in
                     every file. Each problem is reported under the file that
                     holds its text, in the same output.
  --format human     (default) one block per problem, like a compiler:
                       FILE:LINE:COL: error[CODE]: MESSAGE
                     then the source line with the range underlined, then a
                     summary. Colour only when standard output is a terminal
                     and NO_COLOR is unset.
  --format json      (or --json) one array with an entry per FILE, in order:
                       [{"file": "config.yml", "valid": false,
                         "diagnostics": [{"severity": "error" | "warning" | "info",
                                          "code": "...", "message": "...",
                                          "line": 1, "column": 1,
                                          "endLine": 1, "endColumn": 9}]}]
                     Lines and columns are 1-based; the end is exclusive.
                     Standard input is named "-". A file that cannot be read
                     has "valid": false, no diagnostics, and an "error" object:
                     {"code": "ENOENT", "message": "cannot read: no such file"}
                     (code EINTERNAL: the file was read but the checker failed;
                     please report it).
  --format sarif     one SARIF 2.1.0 log for code scanning (GitHub, IDEs): a
                     rule per diagnostic code with its help, results with paths
                     relative to the current directory (uriBaseId %SRCROOT%).
  --format github    GitHub Actions workflow commands, one per problem:
                       ::error file=F,line=L,col=C,endLine=L,endColumn=C,title=CODE::MESSAGE
                     (warning for warnings, notice for infos), shown inline on
                     pull requests.`,
  // Files are judged one by one; human output prints each as soon as it is judged, and the
  // text is let go at once (70 inputs of 63 MiB must not all stay in memory).
  async run({ options, operands }, io) {
    const format = (options.format ?? 'human') as ValidateFormat;
    const style = makeStyle(format === 'human' && wantsColour({ isTTY: io.stdoutIsTTY }, io.env));
    const reports: FileReport[] = [];
    const judged = (report: FileReport) => {
      if (format === 'human') {
        const part = formatHumanReport(report, style);
        io.stderr(part.stderr);
        io.stdout(part.stdout);
      }
      delete report.lineIndex; // the text: the other formats need only the diagnostics
      reports.push(report);
    };
    if (options.merge) {
      // a build is judged whole: every file is read first
      const inputs: { file: string; input: InputResult }[] = [];
      for (const file of operands) inputs.push({ file, input: await io.read(file) });
      for (const report of checkBuild(inputs)) judged(report);
    } else {
      for (const file of operands) judged(checkFile(file, await io.read(file)));
    }
    if (format === 'human') io.stdout(`${summary(reports)}\n`);
    else {
      const { stdout, stderr } = VALIDATE_FORMATS[format](reports, { style, cwd: io.cwd });
      io.stderr(stderr);
      io.stdout(stdout);
    }
    if (reports.some((r) => r.error)) return EXIT.usage;
    return reports.every((r) => r.valid) ? EXIT.ok : EXIT.invalid;
  },
};

import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.ts';
import { COMMANDS } from './commands/index.ts';

const parse = (argv: string[]) => parseArgs(argv, COMMANDS);

describe('parseArgs', () => {
  it('reads validate with files, - and --json in any order', () => {
    expect(parse(['validate', 'a.yml', '--json', '-'])).toEqual({ kind: 'run', command: 'validate', options: { format: 'json' }, operands: ['a.yml', '-'] });
  });

  it('reads --merge: the files in the order given, as one build', () => {
    expect(parse(['validate', '--merge', 'base.yml', 'extras.yml'])).toEqual({ kind: 'run', command: 'validate', options: { merge: true }, operands: ['base.yml', 'extras.yml'] });
  });

  it('takes everything after -- as files', () => {
    expect(parse(['validate', '--', '--json', '-h'])).toEqual({ kind: 'run', command: 'validate', options: {}, operands: ['--json', '-h'] });
  });

  it.each([
    [['validate', '--format', 'sarif', 'a.yml'], { format: 'sarif' }],
    [['validate', '--format=github', 'a.yml'], { format: 'github' }],
    [['validate', '--json', '--format', 'json', 'a.yml'], { format: 'json' }],
    [['diff', '--markdown', 'a.yml', 'b.yml'], { format: 'markdown' }],
    [['graph', '--format', 'mermaid', 'a.yml'], { format: 'mermaid' }],
  ])('%j sets %j', (argv, options) => {
    expect(parse(argv)).toMatchObject({ kind: 'run', command: argv[0], options });
  });

  it.each([
    [['--help'], 'help'],
    [['-h'], 'help'],
    [['validate', 'a.yml', '--help'], 'help'],
    [['--version'], 'version'],
    [['validate', '--version'], 'version'],
    [['schema', '-V'], 'version'],
  ])('%j asks for %s', (argv, kind) => {
    expect(parse(argv).kind).toBe(kind);
  });

  it.each([
    [[], 'no command given'],
    [['--json'], "unknown option '--json'"],
    [['lint', 'a.yml'], "unknown command 'lint'"],
  ])('%j is a usage error', (argv, message) => {
    expect(parse(argv)).toEqual({ kind: 'usage-error', message });
  });

  it.each([
    [['validate'], 'no files to validate (use - for standard input)'],
    [['validate', '--jsonn', 'a.yml'], "unknown option '--jsonn'"],
    [['validate', '--format', 'xml', 'a.yml'], "invalid value 'xml' for '--format' (choose human, json, sarif, github)"],
    [['validate', 'a.yml', '--format'], "option '--format' needs a value (human, json, sarif, github)"],
    [['validate', '--json=1', 'a.yml'], "option '--json' takes no value"],
    [['validate', '--json', '--format', 'sarif', 'a.yml'], "'--json' and '--format sarif' contradict each other"],
    [['diff', 'a.yml'], 'diff needs two files: OLD NEW (- reads one from standard input)'],
    [['diff', 'a.yml', 'b.yml', 'c.yml'], "too many operands for 'diff' (at most 2): 'c.yml'"],
    [['diff', '--json', '--markdown', 'a.yml', 'b.yml'], "'--json' and '--markdown' contradict each other"],
    [['graph', '--format', 'png', 'a.yml'], "invalid value 'png' for '--format' (choose svg, mermaid)"],
    [['schema', 'a.yml'], "too many operands for 'schema' (at most 0): 'a.yml'"],
  ])('%j is a usage error of its command', (argv, message) => {
    expect(parse(argv)).toEqual({ kind: 'usage-error', message, command: argv[0] });
  });
});

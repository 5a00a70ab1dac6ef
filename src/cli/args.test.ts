import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.ts';

describe('parseArgs', () => {
  it('reads validate with files, - and --json in any order', () => {
    expect(parseArgs(['validate', 'a.yml', '--json', '-'])).toEqual({ kind: 'validate', json: true, files: ['a.yml', '-'] });
  });

  it('reads --merge: the files in the order given, as one build', () => {
    expect(parseArgs(['validate', '--merge', 'base.yml', 'extras.yml'])).toEqual({ kind: 'validate', json: false, files: ['base.yml', 'extras.yml'], merge: true });
  });

  it('takes everything after -- as files', () => {
    expect(parseArgs(['validate', '--', '--json', '-h'])).toEqual({ kind: 'validate', json: false, files: ['--json', '-h'] });
  });

  it.each([
    [['--help'], 'help'],
    [['-h'], 'help'],
    [['validate', 'a.yml', '--help'], 'help'],
    [['--version'], 'version'],
    [['validate', '--version'], 'version'],
  ])('%j asks for %s', (argv, kind) => {
    expect(parseArgs(argv).kind).toBe(kind);
  });

  it.each([
    [[], 'no command given'],
    [['validate'], 'no files to validate (use - for standard input)'],
    [['validate', '--jsonn', 'a.yml'], "unknown option '--jsonn'"],
    [['--json'], "unknown option '--json'"],
    [['lint', 'a.yml'], "unknown command 'lint'"],
  ])('%j is a usage error', (argv, message) => {
    expect(parseArgs(argv)).toEqual({ kind: 'usage-error', message });
  });
});

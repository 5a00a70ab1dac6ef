import { describe, expect, it } from 'vitest';
import { analyze } from '../src/core/analyze.ts';
import { analyzeBuild } from '../src/core/merge/analyzeBuild.ts';
import { loadCorpus } from './corpus.ts';

const corpus = loadCorpus();

describe('the LinuxKit corpus as builds', () => {
  it.each(corpus.map((c) => [c.file, c] as const))('%s built alone gets exactly the diagnostics of the file', (_file, entry) => {
    const [alone] = analyzeBuild([{ name: entry.file, text: entry.text }]).files;
    expect(alone.diagnostics).toEqual(analyze(entry.text).diagnostics);
  });

  // LinuxKit's namespace tests build `../../common.yml test.yml`: a kernel and init in one file,
  // the test's onboot containers in the other (test/cases/020_kernel/200_namespace).
  const common = `kernel:
  image: linuxkit/kernel:6.12.59
  cmdline: "console=ttyS0"
init:
  - linuxkit/init:b5506cc74a6812dc40982cacfd2f4328f8a4b12a
  - linuxkit/runc:9442aa234715e751a16144f1d4ae3fd1a00fd492
`;
  const tests = corpus.filter((c) => c.file.startsWith('test_cases_020_kernel_200_namespace_010_veth_'));

  it.each(tests.map((c) => [c.file, c] as const))('common.yml + %s builds as one config', (_file, entry) => {
    const { files, merged } = analyzeBuild([{ name: 'common.yml', text: common }, { name: entry.file, text: entry.text }]);
    expect(files.flatMap((f) => f.diagnostics.filter((d) => d.severity === 'error'))).toEqual([]);
    expect(merged!.kernel.image).toEqual({ file: 0, item: 'linuxkit/kernel:6.12.59' });
    expect(merged!.containers.every((c) => c.file === 1)).toBe(true);
  });
});

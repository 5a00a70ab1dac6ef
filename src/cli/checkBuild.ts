// `validate --merge FILE...`: the files as ONE build, merged as `linuxkit build FILE...` merges
// them (DESIGN.md): each file checked alone, then the merged config, each diagnostic reported
// under the file that holds its text.
import { checkParsed, parseFile } from '../core/analyze.ts';
import { analyzeBuild, type BuildAnalysis } from '../core/merge/analyzeBuild.ts';
import { checkText, decodeInput, type FileReport } from './checkFile.ts';
import type { InputResult } from './readInput.ts';

export function checkBuild(inputs: readonly { file: string; input: InputResult }[]): FileReport[] {
  const decoded = inputs.map(({ file, input }) => decodeInput(file, input));
  const texts = decoded.filter((d) => typeof d === 'string');
  if (texts.length < decoded.length) {
    // LinuxKit stops at a file it cannot read: the others get only the checks of their own text
    return decoded.map((d, i) => (typeof d === 'string' ? checkText(inputs[i].file, () => checkParsed(parseFile(d), null)) : d));
  }
  let build: BuildAnalysis | undefined;
  const analysed = () => (build ??= analyzeBuild(texts.map((text, i) => ({ name: shownName(inputs[i].file), text }))));
  return inputs.map(({ file }, i) => checkText(file, () => analysed().files[i]));
}

/** How messages name a file: as given, standard input in words. */
function shownName(file: string): string {
  return file === '-' ? 'standard input' : file;
}

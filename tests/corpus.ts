// Access to the read-only LinuxKit corpus beside the repository (../shared/corpus).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS_DIR = resolve(root, '../shared/corpus/linuxkit');
export const PACKAGES_DIR = resolve(root, '../shared/corpus/linuxkit-pkgs');

export interface CorpusEntry {
  file: string;
  text: string;
  valid: boolean;
  errorCodes: string[];
}

export function loadCorpus(): CorpusEntry[] {
  const expected = readFileSync(join(CORPUS_DIR, 'EXPECTED.tsv'), 'utf8').trim().split('\n').slice(1);
  return expected.map((line) => {
    const [file, verdict, codes = ''] = line.split('\t');
    return {
      file,
      text: readFileSync(join(CORPUS_DIR, file), 'utf8'),
      valid: verdict === 'valid',
      errorCodes: codes.split(',').map((c) => c.trim()).filter(Boolean).sort(),
    };
  });
}

export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR).filter((f) => /\.ya?ml$/.test(f));
}

// Proves the committed generated module is exactly what the generator makes from the corpus folder.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const scriptUrl = pathToFileURL(resolve(root, 'scripts/gen-package-defaults.mjs')).href;

interface Generator {
  generatePackageDefaults: () => string;
  OUTPUT_FILE: string;
}

describe('packageDefaults.generated.ts', () => {
  it('is identical to a fresh run of scripts/gen-package-defaults.mjs on the corpus', async () => {
    const gen = (await import(/* @vite-ignore */ scriptUrl)) as Generator;
    const committed = readFileSync(resolve(root, 'src/core/packages/packageDefaults.generated.ts'), 'utf8');
    expect(gen.OUTPUT_FILE).toBe(resolve(root, 'src/core/packages/packageDefaults.generated.ts'));
    expect(committed).toBe(gen.generatePackageDefaults());
  });
});

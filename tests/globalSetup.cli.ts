// Builds the CLI once for all tests, into a private directory so a concurrent `npm run build`
// (which empties dist-cli/) cannot pull the file away mid-run. Tests get its path via inject('cliPath').
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    cliPath: string;
  }
}

const root = resolve(fileURLToPath(import.meta.url), '../..');

export default function setup(project: TestProject): () => void {
  const outDir = mkdtempSync(join(tmpdir(), 'linuxkit-studio-cli-'));
  execFileSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts', '--outDir', outDir, '--logLevel', 'warn'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  project.provide('cliPath', join(outDir, 'linuxkit-studio.js'));
  return () => rmSync(outDir, { recursive: true, force: true });
}

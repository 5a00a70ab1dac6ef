// Builds bench/coreBench.ts (core, yaml and the config generator) into one Node module and imports it.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

export const root = fileURLToPath(new URL('..', import.meta.url));

export async function loadCoreBench() {
  await build({ configFile: `${root}bench/vite.bench.config.ts` });
  return import(pathToFileURL(`${root}node_modules/.cache/linuxkit-studio-bench/coreBench.js`).href);
}

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

// Core, yaml and the config generator in one Node module, so a plain .mjs script can time them.
export default defineConfig({
  root,
  logLevel: 'warn',
  build: {
    ssr: 'bench/coreBench.ts',
    // bench/run.mjs imports it from here; node_modules/.cache is ignored by git and lint.
    outDir: 'node_modules/.cache/linuxkit-studio-bench',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'coreBench.js', format: 'es' } },
  },
  ssr: { noExternal: true },
});

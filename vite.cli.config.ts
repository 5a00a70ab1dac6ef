import { defineConfig } from 'vite';

// The CLI is bundled into one self-contained Node script (yaml included),
// so `node dist-cli/linuxkit-studio.js` works with no runtime dependencies.
export default defineConfig({
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      output: { entryFileNames: 'linuxkit-studio.js', format: 'es', banner: '#!/usr/bin/env node' },
    },
  },
  ssr: { noExternal: true },
});

import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './csp.ts';

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  base: './',
  build: {
    outDir: 'dist',
    sourcemap: false,
    // Monaco is one large lazy chunk by nature; the initial bundle is measured by `npm run bench`.
    chunkSizeWarningLimit: 3000,
  },
  preview: { port: 4173 },
  // pre-bundled up front, or the dev server re-bundles and reloads the page when the editor first opens
  optimizeDeps: {
    include: ['monaco-editor', 'monaco-yaml', 'monaco-yaml/yaml.worker.js', 'monaco-editor/esm/vs/editor/editor.worker.js'],
  },
});

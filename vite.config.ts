import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy, HOST_HEADERS } from './csp.ts';

const MAIN = fileURLToPath(new URL('./src/main.tsx', import.meta.url));

interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

// Per chunking pass: main.tsx and the modules it imports statically (directly or not).
const initialModules = new WeakMap<ModuleGraph, Set<string>>();

function staticallyImported(graph: ModuleGraph): Set<string> {
  let found = initialModules.get(graph);
  if (found) return found;
  found = new Set();
  const queue = [MAIN];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (found.has(id)) continue;
    found.add(id);
    queue.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  initialModules.set(graph, found);
  return found;
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    // A service worker (Workbox) precaches the whole build, Monaco and its workers included, so the
    // app opens and works offline after one visit. 'prompt': a new version waits until the user
    // chooses "Reload to update" (src/ui/pwa). injectRegister false: the app registers it from its
    // own module, so no inline script lands in index.html (the CSP forbids them).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false, // public/manifest.webmanifest, linked from index.html
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ttf,woff2,webmanifest}'],
        // Monaco's chunk is several MiB; Workbox skips files over 2 MiB unless told
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // nothing at run time leaves the origin: no runtime caching of other hosts
        runtimeCaching: [],
      },
    }),
  ],
  base: './',
  build: {
    outDir: 'dist',
    sourcemap: false,
    // Monaco is one large lazy chunk by nature; the initial bundle is measured by `npm run bench`.
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the entry imports statically goes into one chunk. Left to itself, Rolldown
          // (1.2) sometimes fails to merge the modules that both the entry and lazy chunks use into
          // the entry and emits them as a second initial chunk, depending on how the lazy chunks
          // import them (rolldown issues 9963 and 10731): about 1.3 KiB gzip more to download.
          groups: [{ name: (id, ctx) => (staticallyImported(ctx).has(id) ? 'app' : null), debugName: 'app' }],
        },
      },
    },
  },
  // the headers a host should send (README, "Hosting"): the e2e tests run against them
  preview: { port: 4173, headers: HOST_HEADERS },
  // pre-bundled up front, or the dev server re-bundles and reloads the page when the editor first opens
  optimizeDeps: {
    include: ['monaco-editor', 'monaco-yaml', 'monaco-yaml/yaml.worker.js', 'monaco-editor/esm/vs/editor/editor.worker.js'],
  },
});

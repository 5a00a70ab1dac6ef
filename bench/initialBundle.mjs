// The JavaScript a first visit downloads before the editor loads: the entry chunk of the built
// index.html, its modulepreloads and everything they import statically, each gzipped with zlib.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const SCRIPT = /<script[^>]*type="module"[^>]*src="([^"]+)"/g;
const PRELOAD = /<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g;
// `import{a as b}from"./x.js"` and `import"./x.js"`, never `import("./x.js")`
const STATIC_IMPORT = /(?:^|[;\s})])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g;
const REEXPORT = /(?:^|[;\s})])export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+\.js)["']/g;

export function initialJavaScript(outDir) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const start = [...html.matchAll(SCRIPT), ...html.matchAll(PRELOAD)].map((m) => resolve(outDir, m[1]));
  const seen = new Set();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of [...code.matchAll(STATIC_IMPORT), ...code.matchAll(REEXPORT)]) {
      if (m[1].startsWith('.')) queue.push(resolve(dirname(file), m[1]));
    }
  }
  const files = [...seen].map((file) => {
    const bytes = readFileSync(file);
    return { file: relative(outDir, file), raw: bytes.length, gzip: gzipSync(bytes).length };
  });
  return {
    files,
    raw: files.reduce((sum, f) => sum + f.raw, 0),
    gzip: files.reduce((sum, f) => sum + f.gzip, 0),
  };
}

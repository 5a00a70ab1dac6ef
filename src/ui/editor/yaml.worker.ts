// Vite bundles this as monaco-yaml's language worker (no CDN, no network).
import 'monaco-yaml/yaml.worker.js';

// Entry bundled by bench/vite.bench.config.ts: what bench/run.mjs times, compiled from TypeScript.
export { parseDocument } from 'yaml';
export { analyze } from '../src/core/analyze.ts';
export { projectGraph } from '../src/core/graph/project.ts';
export { autoLayout } from '../src/core/graph/autoLayout.ts';
export { generateConfig } from './generateConfig.ts';
export { applyCommand } from '../src/core/commands/applyCommand.ts';
export { commandCases } from './commandCases.ts';

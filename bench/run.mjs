// `npm run bench`: times bare yaml parseDocument, analyze() and graph projection + layout
// on generated configs of 10, 100 and 1,000 containers. Run with --expose-gc for steadier numbers.
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { measure, table } from './stats.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({ configFile: `${root}bench/vite.bench.config.ts` });
const core = await import(pathToFileURL(`${root}node_modules/.cache/linuxkit-studio-bench/coreBench.js`).href);

const SIZES = [
  { containers: 10, samples: 100, warmup: 20 },
  { containers: 100, samples: 40, warmup: 5 },
  { containers: 1000, samples: 15, warmup: 2 },
];

const cpu = cpus();
console.log(`CPU     ${cpu[0]?.model ?? 'unknown'} × ${cpu.length} cores`);
console.log(`Memory  ${gib(totalmem())} GiB total, ${gib(freemem())} GiB free`);
const load = loadavg()[0];
console.log(`Load    ${load.toFixed(2)} (1 min)${load > cpu.length / 2 ? ': the machine is busy, expect noisy numbers' : ''}`);
console.log(`Node    ${process.version} (${process.platform}/${process.arch})${typeof gc === 'function' ? ', gc before each sample' : ', run with --expose-gc for steadier numbers'}`);

for (const size of SIZES) {
  const config = core.generateConfig(size.containers);
  const { text } = config;
  const analysis = core.analyze(text);
  const graph = core.projectGraph(analysis);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of analysis.diagnostics) counts[d.severity]++;

  const opts = { samples: size.samples, warmup: size.warmup };
  const stages = [
    ['yaml parseDocument (bare)', () => core.parseDocument(text)],
    ['analyze (parse+model+validate)', () => core.analyze(text)],
    ['projectGraph', () => core.projectGraph(analysis)],
    ['autoLayout', () => core.autoLayout(graph)],
    ['analyze+project+layout', () => core.autoLayout(core.projectGraph(core.analyze(text)))],
  ].map(([name, fn]) => [name, measure(fn, opts)]);
  const base = stages[0][1].median;

  console.log(
    `\n${config.containers} containers, ${config.volumes} volumes: ${(text.length / 1024).toFixed(1)} KiB, ` +
      `${text.split('\n').length - 1} lines; ${graph.nodes.length} nodes, ${graph.edges.length} edges; ` +
      `${counts.error} errors, ${counts.warning} warnings, ${counts.info} infos; ${size.samples} samples`,
  );
  const rows = stages.map(([name, s]) => [name, ms(s.median), ms(s.p95), `${(s.median / base).toFixed(2)}×`]);
  console.log(table(['stage', 'median ms', 'p95 ms', '× parseDocument'], rows));
}

function ms(value) {
  return value < 1 ? value.toFixed(3) : value.toFixed(2);
}

function gib(bytes) {
  return (bytes / 1024 ** 3).toFixed(1);
}

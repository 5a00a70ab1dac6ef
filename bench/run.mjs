// `npm run bench`: times bare yaml parseDocument, analyze() and graph projection + layout
// on generated configs of 10, 100 and 1,000 containers, then the built app in Chromium
// (bench/browser.mjs). Run with --expose-gc for steadier numbers.
// `--core` runs only the core timings, `--browser` only the browser ones.
import { runBrowserBench } from './browser.mjs';
import { loadCoreBench } from './coreBundle.mjs';
import { printMachine } from './machine.mjs';
import { measure, table } from './stats.mjs';

const only = process.argv.includes('--core') ? 'core' : process.argv.includes('--browser') ? 'browser' : null;
const core = await loadCoreBench();

const SIZES = [
  { containers: 10, samples: 100, warmup: 20 },
  { containers: 100, samples: 40, warmup: 5 },
  { containers: 1000, samples: 15, warmup: 2 },
];

printMachine();

for (const size of only === 'browser' ? [] : SIZES) {
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

  // each command as the app runs it: the text's analysis is at hand, the result is analysed once
  const shared = (t) => (t === text ? analysis : core.analyze(t));
  const commands = core.commandCases(analysis).map(([name, command]) => {
    const check = core.applyCommand(text, command, { analyze: shared });
    if (!check.ok) throw new Error(`${name} was refused on the generated config: ${check.reason}`);
    return [name, measure(() => core.applyCommand(text, command, { analyze: shared }), opts)];
  });
  const commandRows = commands.map(([name, s]) => [name, ms(s.median), ms(s.p95), `${(s.median / base).toFixed(2)}×`]);
  console.log(table(['command (with the analysis of its result)', 'median ms', 'p95 ms', '× parseDocument'], commandRows));
}

if (only !== 'core') await runBrowserBench(core);

function ms(value) {
  return value < 1 ? value.toFixed(3) : value.toFixed(2);
}

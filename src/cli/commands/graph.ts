import { autoLayout } from '../../core/graph/autoLayout.ts';
import { projectGraph } from '../../core/graph/project.ts';
import { graphToMermaid } from '../../core/graph/toMermaid.ts';
import { graphToSvg } from '../../core/graph/toSvg.ts';
import { EXIT, type Command } from '../command.ts';
import { loadConfig } from '../loadConfig.ts';

export const graphCommand: Command = {
  name: 'graph',
  options: [{ flag: '--format', key: 'format', choices: ['svg', 'mermaid'] }],
  operands: { min: 1, max: 1, missing: 'graph needs one FILE (- reads standard input)' },
  usage: ['graph [--format svg|mermaid] FILE'],
  help: `graph [--format svg|mermaid] FILE
  Prints the graph of FILE for docs, laid out as the app's Auto-layout does.
  --format svg       (default) the same picture as the app's SVG export
  --format mermaid   a Mermaid flowchart for READMEs: stages as subgraphs,
                     volumes as nodes, mounts as edges labelled "DEST ro|rw"`,
  async run({ options, operands }, io) {
    const loaded = await loadConfig(operands[0], io);
    if (!loaded.ok) {
      io.stderr(`linuxkit-studio: cannot draw: ${loaded.message}\n`);
      return EXIT.usage;
    }
    const graph = projectGraph(loaded.analysis);
    io.stdout(options.format === 'mermaid' ? graphToMermaid(graph) : `${graphToSvg(graph, autoLayout(graph)).svg}\n`);
    return EXIT.ok;
  },
};

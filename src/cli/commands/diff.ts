import { diffConfigs } from '../../core/diff/diffConfigs.ts';
import { EXIT, type Command } from '../command.ts';
import { formatDiffHuman } from '../format/diff/human.ts';
import { formatDiffJson } from '../format/diff/json.ts';
import { formatDiffMarkdown } from '../format/diff/markdown.ts';
import { loadConfig } from '../loadConfig.ts';

const DIFF_FORMATS = ['human', 'json', 'markdown'] as const;

export const diffCommand: Command = {
  name: 'diff',
  options: [
    { flag: '--format', key: 'format', choices: DIFF_FORMATS },
    { flag: '--json', key: 'format', sets: 'json' },
    { flag: '--markdown', key: 'format', sets: 'markdown' },
  ],
  operands: { min: 2, max: 2, missing: 'diff needs two files: OLD NEW (- reads one from standard input)' },
  usage: ['diff [--json|--markdown] OLD NEW'],
  help: `diff [--json|--markdown] OLD NEW
  What changed from OLD to NEW, element by element (containers, volumes,
  mounts, files, kernel), with the fields that changed. Formatting, comments
  and key order are not changes. What matters comes first: a mount that
  became read-write, a volume that became writable, capabilities gained, a
  new host bind, containers added or removed, image changes.
  Exit status 0 when nothing changed, 1 when something did.
  --json             {"changes": [{"change": "added" | "removed" | "changed",
                                   "id": "mount:services:web:/data",
                                   "fields": ["readonly"]}]}
  --markdown         a pull-request comment: a summary line, then a table`,
  async run({ options, operands }, io) {
    const [before, after] = await Promise.all(operands.map((file) => loadConfig(file, io)));
    for (const loaded of [before, after]) if (!loaded.ok) io.stderr(`linuxkit-studio: cannot compare: ${loaded.message}\n`);
    if (!before.ok || !after.ok) return EXIT.usage;
    const diff = diffConfigs(before.analysis.parsed.model, after.analysis.parsed.model);
    const names = { before: operands[0], after: operands[1] };
    const format = options.format ?? 'human';
    io.stdout(format === 'json' ? formatDiffJson(diff) : format === 'markdown' ? formatDiffMarkdown(diff, names) : formatDiffHuman(diff, names));
    return diff.changes.length > 0 ? EXIT.invalid : EXIT.ok;
  },
};

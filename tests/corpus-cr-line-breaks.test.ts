import { describe, expect, it } from 'vitest';
import { analyze } from '../src/core/analyze.ts';
import { applyCommand } from '../src/core/commands/applyCommand.ts';
import { crTwin } from '../src/core/text/lineBreaks.ts';
import { loadCorpus } from './corpus.ts';

// Classic Mac OS line breaks (a lone CR): LinuxKit's go-yaml reads them as line breaks, so a
// CR-only copy of a real config must get the same verdict, at the same lines, and graph edits
// must keep it CR-only.
const corpus = loadCorpus().filter((c) => !c.text.includes('\r'));
const located = (text: string) => analyze(text).diagnostics.map((d) => ({ code: d.code, ...analyze(text).lineIndex.range(d.span) }));

describe('a CR-only copy of each LinuxKit corpus config', () => {
  it.each(corpus.map((c) => [c.file, c] as const))('%s: same diagnostics at the same lines and columns', (_file, entry) => {
    const cr = crTwin(entry.text);
    expect(cr).not.toContain('\n');
    expect(located(cr)).toEqual(located(entry.text));
  });

  it.each(corpus.filter((c) => analyze(c.text).parsed.model.containers.length > 0).map((c) => [c.file, c] as const))(
    '%s: renaming its first container edits the CR file as the LF one, with CR breaks',
    (_file, entry) => {
      const container = analyze(entry.text).parsed.model.containers[0];
      const command = { type: 'renameContainer', containerId: container.id, newName: 'renamed-by-test' } as const;
      const lf = applyCommand(entry.text, command);
      const cr = applyCommand(crTwin(entry.text), command);
      expect(cr.ok).toBe(lf.ok);
      if (!lf.ok || !cr.ok) return;
      expect(cr.text).toBe(crTwin(lf.text));
      expect(cr.edits).toEqual(lf.edits.map((e) => ({ ...e, insert: crTwin(e.insert) })));
    },
  );
});

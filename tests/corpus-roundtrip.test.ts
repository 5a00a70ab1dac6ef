// Whole-core proof on the real LinuxKit corpus: every valid file survives no-ops and
// edit-then-revert sequences byte for byte, and projects to a graph without errors.
// (The mount and order trips are in corpus-roundtrip-mounts.test.ts: two files, so two workers share them.)
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/core/analyze.ts';
import { applyCommand } from '../src/core/commands/applyCommand.ts';
import type { Command } from '../src/core/commands/types.ts';
import { projectGraph } from '../src/core/graph/project.ts';
import { SECTIONS } from '../src/core/model/types.ts';
import { cases, start, valid } from './support/corpusCases.ts';
import { addRemoveContainer, renameAllThereAndBack } from './support/corpusTrips.ts';
import type { Step } from './support/steps.ts';

/** Commands that ask for what is already there. */
function noOps(s: Step): Command[] {
  const model = s.analysis.parsed.model;
  const out: Command[] = [];
  for (const c of model.containers) {
    if (c.name) out.push({ type: 'renameContainer', containerId: c.id, newName: c.name });
    if (c.name) out.push({ type: 'setContainerField', containerId: c.id, field: 'name', value: c.name });
    if (typeof c.fields.image?.value === 'string') out.push({ type: 'setContainerField', containerId: c.id, field: 'image', value: c.fields.image.value });
    out.push({ type: 'moveContainer', containerId: c.id, toIndex: c.index });
  }
  for (const v of model.volumes) if (v.name) out.push({ type: 'renameVolume', volumeId: v.id, newName: v.name });
  for (const m of model.mounts) {
    out.push({ type: 'setMountDestination', mountId: m.id, destination: m.destination });
    out.push({ type: 'setMountReadOnly', mountId: m.id, readOnly: m.readOnly });
    out.push({ type: 'setMountForm', mountId: m.id, form: m.form });
  }
  return out;
}

describe('corpus round trips', () => {
  it('has the valid corpus to work on', () => {
    expect(valid.length).toBeGreaterThan(150);
  });

  // Decision: a command that asks for what is already there succeeds, with the same text and no edits.
  it.each(cases)('%s: no-op commands give the text back byte for byte', (_file, text) => {
    for (const command of noOps(start(text))) {
      const result = applyCommand(text, command);
      expect(result, JSON.stringify(command)).toMatchObject({ ok: true, text, edits: [] });
    }
  });

  it.each(cases)('%s: adding a container to each section and removing it gives the text back', (_file, text) => {
    for (const section of SECTIONS) expect(addRemoveContainer(start(text), section)).toBe(text);
  });

  it.each(cases)('%s: renaming every container and volume there and back gives the text back', (_file, text) => {
    expect(renameAllThereAndBack(start(text))).toBe(text);
  });

  it.each(cases)('%s: projects to a graph with no errors', (_file, text) => {
    const analysis = analyze(text);
    expect(analysis.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([]);
    const graph = projectGraph(analysis);
    const errors = [...graph.nodes.map((n) => [n.id, n.data.counts.errors] as const), ...graph.edges.flatMap((e) => (e.type === 'mount' ? [[e.id, e.data.counts.errors] as const] : []))];
    expect(errors.filter(([, n]) => n > 0)).toEqual([]);
    expect(graph.nodes.filter((n) => n.type === 'container')).toHaveLength(analysis.parsed.model.containers.length);
  });
});

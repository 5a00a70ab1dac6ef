// Whole-core proof on the real LinuxKit corpus: every valid file survives no-ops and
// edit-then-revert sequences byte for byte, and projects to a graph without errors.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/core/analyze.ts';
import { applyCommand } from '../src/core/commands/applyCommand.ts';
import type { Command } from '../src/core/commands/types.ts';
import { projectGraph } from '../src/core/graph/project.ts';
import { SECTIONS } from '../src/core/model/types.ts';
import { loadCorpus } from './corpus.ts';
import { addRemoveContainer, connectEverywhere, moveOnbootThereAndBack, renameAllThereAndBack } from './support/corpusTrips.ts';
import { destinationsThereAndBack, readOnlyThereAndBack } from './support/mountTrips.ts';
import type { Step } from './support/steps.ts';

const valid = loadCorpus().filter((e) => e.valid);
const cases = valid.map((e) => [e.file, e.text] as const);
/** Connect trips per form touch at most this many containers of a file (most files have fewer). */
const MAX_CONNECTS = 8;

function start(text: string): Step {
  return { text, analysis: analyze(text) };
}

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

  it.each(cases)('%s: a volume connected to every container (binds) and disconnected mount by mount goes away cleanly', (_file, text) => {
    expect(connectEverywhere(start(text), 'binds', true, MAX_CONNECTS)).toBe(text);
  });

  it.each(cases)('%s: a volume connected to every container (binds.add) goes with removeVolume', (_file, text) => {
    expect(connectEverywhere(start(text), 'binds.add', false, MAX_CONNECTS)).toBe(text);
  });

  it.each(cases)('%s: a volume connected to every container (mounts) goes mount by mount', (_file, text) => {
    expect(connectEverywhere(start(text), 'mounts', true, MAX_CONNECTS)).toBe(text);
  });

  it.each(cases)('%s: moving each onboot container to the end and back gives the text back', (_file, text) => {
    expect(moveOnbootThereAndBack(start(text))).toBe(text);
  });

  it.each(cases)('%s: each mount destination and read-only flag there and back gives the text back', (_file, text) => {
    const s = start(text);
    expect(destinationsThereAndBack(s)).toBe(text);
    expect(readOnlyThereAndBack(s)).toBe(text);
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

// Edit-then-revert sequences on one config, each step checked: it parses, the model shows
// the step, and nothing outside the edited element changed. Each returns the final text.
import { expect } from 'vitest';
import type { Analysis } from '../../src/core/analyze.ts';
import type { ContainerModel, MountForm, MountModel, Section } from '../../src/core/model/types.ts';
import { lineChanges } from '../../src/core/commands/testing.ts';
import { containerRegion, expectAddedWithin, expectChangedWithin, sectionRegion, volumeRegion } from './regions.ts';
import { step, type Step } from './steps.ts';

export const TEST_NAME = 'studio-rt';

/**
 * Containers with a name no other container has. Ids of same-named containers shift when
 * one of them changes (`#2` becomes the plain id), so trips address only these.
 */
export function stableContainers(analysis: Analysis): ContainerModel[] {
  const containers = analysis.parsed.model.containers;
  return containers.filter((c) => c.name && containers.filter((x) => x.name === c.name).length === 1);
}

export function addRemoveContainer(start: Step, section: Section): string {
  const id = `container:${section}:${TEST_NAME}`;
  const added = step(start.text, { type: 'addContainer', section, name: TEST_NAME, image: 'alpine:3.20' }, 'add');
  const c = added.analysis.parsed.model.containers.find((x) => x.id === id);
  expect(c?.image).toBe('alpine:3.20');
  expect(added.analysis.parsed.model.containers).toHaveLength(start.analysis.parsed.model.containers.length + 1);
  expectAddedWithin(start.text, added.text, containerRegion(added.analysis, id), `add to ${section}`);
  const removed = step(added.text, { type: 'removeContainer', containerId: id }, 'remove');
  expect(removed.analysis.parsed.model.containers.some((x) => x.id === id)).toBe(false);
  expectChangedWithin(added.text, removed.text, containerRegion(added.analysis, id), `remove from ${section}`);
  return removed.text;
}

function expectMount(analysis: Analysis, containerId: string, form: MountForm): MountModel {
  const mount = analysis.parsed.model.mounts.find((m) => m.containerId === containerId && m.volume === TEST_NAME);
  expect(mount, `${containerId} mounts the test volume`).toBeDefined();
  expect(mount?.destination).toBe(`/${TEST_NAME}`);
  expect(mount?.form).toBe(form);
  return mount as MountModel;
}

/** At most `max` items spread evenly over `list`, starting at `phase` (to keep big files fast). */
export function spread<T>(list: readonly T[], max: number, phase = 0): T[] {
  if (list.length <= max) return [...list];
  const stride = list.length / max;
  return Array.from({ length: max }, (_, i) => list[Math.floor(i * stride + phase) % list.length]);
}

/**
 * Adds a volume, connects it to every named container in `form` (at most `max`, spread
 * out), then takes it all back: mount by mount (`byMount`) or through removeVolume, which
 * removes the mounts too.
 */
export function connectEverywhere(start: Step, form: MountForm, byMount: boolean, max = Infinity): string {
  const volumeId = `volume:${TEST_NAME}`;
  const withVolume = step(start.text, { type: 'addVolume', kind: 'blank', name: TEST_NAME }, 'addVolume');
  expect(withVolume.analysis.parsed.model.volumes.some((v) => v.id === volumeId)).toBe(true);
  expectAddedWithin(start.text, withVolume.text, volumeRegion(withVolume.analysis, volumeId), 'addVolume');
  let current = withVolume;
  const mountIds: string[] = [];
  for (const c of spread(stableContainers(start.analysis), max, byMount ? 0 : 1)) {
    const next = step(current.text, { type: 'connect', volumeId, containerId: c.id, destination: `/${TEST_NAME}`, form }, 'connect');
    mountIds.push(expectMount(next.analysis, c.id, form).id);
    expectAddedWithin(current.text, next.text, containerRegion(next.analysis, c.id), `connect ${c.id}`);
    current = next;
  }
  if (byMount) {
    for (const mountId of mountIds) {
      const next = step(current.text, { type: 'removeMount', mountId }, 'removeMount');
      expect(next.analysis.parsed.model.mounts.some((m) => m.id === mountId)).toBe(false);
      const holder = current.analysis.parsed.model.mounts.find((m) => m.id === mountId)?.containerId ?? '';
      expectChangedWithin(current.text, next.text, containerRegion(current.analysis, holder), `removeMount ${mountId}`);
      current = next;
    }
    expect(current.text).toBe(withVolume.text);
  }
  const removed = step(current.text, { type: 'removeVolume', volumeId }, 'removeVolume');
  expect(removed.analysis.parsed.model.volumes.some((v) => v.id === volumeId)).toBe(false);
  expect(removed.analysis.parsed.model.mounts.some((m) => m.volume === TEST_NAME)).toBe(false);
  return removed.text;
}

/** A rename changes only lines that then hold the new name (the name and its references), one for one. */
function expectOnlyNameLines(before: string, after: string, label: string): void {
  const { removed, added } = lineChanges(before, after);
  expect(added.length, label).toBe(removed.length);
  expect(added.length, label).toBeGreaterThan(0);
  expect(added.filter((line) => !line.includes(TEST_NAME)), label).toEqual([]);
}

/** Renames every named container and volume to a new name and back, one at a time. */
export function renameAllThereAndBack(start: Step): string {
  let current = start;
  for (const c of stableContainers(start.analysis)) {
    const newId = `container:${c.section}:${TEST_NAME}`;
    const there = step(current.text, { type: 'renameContainer', containerId: c.id, newName: TEST_NAME }, 'rename');
    const model = there.analysis.parsed.model;
    expect(model.containers.find((x) => x.index === c.index && x.section === c.section)?.id).toBe(newId);
    expect(model.containers.some((x) => x.id === c.id), `${c.id} is gone after the rename`).toBe(false);
    expectOnlyNameLines(current.text, there.text, `rename ${c.id}`);
    current = step(there.text, { type: 'renameContainer', containerId: newId, newName: c.name ?? '' }, 'rename back');
    expect(current.text).toBe(start.text);
  }
  for (const v of start.analysis.parsed.model.volumes.filter((x) => x.name)) {
    const there = step(current.text, { type: 'renameVolume', volumeId: v.id, newName: TEST_NAME }, 'renameVolume');
    const mounts = there.analysis.parsed.model.mounts;
    expect(mounts.some((m) => m.sourceKind === 'volume' && m.volume === v.name), `no mount names ${v.name}`).toBe(false);
    expectOnlyNameLines(current.text, there.text, `rename ${v.id}`);
    expect(mounts.filter((m) => m.volume === TEST_NAME)).toHaveLength(start.analysis.parsed.model.mounts.filter((m) => m.volume === v.name).length);
    current = step(there.text, { type: 'renameVolume', volumeId: `volume:${TEST_NAME}`, newName: v.name ?? '' }, 'renameVolume back');
    expect(current.text).toBe(start.text);
  }
  return current.text;
}

/** Moves each onboot container to the end of the list and back to where it was. */
export function moveOnbootThereAndBack(start: Step): string {
  const onboot = start.analysis.parsed.model.containers.filter((c) => c.section === 'onboot');
  const stable = stableContainers(start.analysis).filter((c) => c.section === 'onboot');
  let current = start;
  for (const c of stable) {
    const there = step(current.text, { type: 'moveContainer', containerId: c.id, toIndex: onboot.length - 1 }, 'move');
    expect(there.analysis.parsed.model.containers.find((x) => x.id === c.id)?.index).toBe(onboot.length - 1);
    if (there.text !== current.text) expectChangedWithin(current.text, there.text, sectionRegion(current.analysis, 'onboot'), `move ${c.id}`);
    current = step(there.text, { type: 'moveContainer', containerId: c.id, toIndex: c.index }, 'move back');
    expect(current.text).toBe(start.text);
  }
  return current.text;
}

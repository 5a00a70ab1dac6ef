// Mount edits there and back on one config: destination, then read-only, each step checked.
import { isMap, isSeq } from 'yaml';
import { expect } from 'vitest';
import { applyCommand } from '../../src/core/commands/applyCommand.ts';
import type { ContainerModel, MountModel } from '../../src/core/model/types.ts';
import { containerRegion, expectChangedWithin } from './regions.ts';
import { step, type Step } from './steps.ts';
import { stableContainers, TEST_NAME } from './corpusTrips.ts';

/** Mounts of containers with a name of their own, whose ids stay put while others change. */
function stableMounts(start: Step): MountModel[] {
  const mounts = start.analysis.parsed.model.mounts;
  const stable = new Set(stableContainers(start.analysis).map((c) => c.id));
  return mounts.filter((m) => stable.has(m.containerId) && !m.id.includes('#'));
}

/** A `mounts:` entry may leave `destination` out (a cgroup mount defaults to /sys/fs/cgroup); writing it back adds the key. */
function writesDestination(container: ContainerModel, m: MountModel): boolean {
  if (m.form !== 'mounts') return true;
  const seq = container.fields.mounts?.node;
  const item: unknown = isSeq(seq) ? seq.items[m.index] : undefined;
  return isMap(item) && item.has('destination');
}

/**
 * Sets every mount's destination to a new path and back. Returns the final text. Skipped:
 * relative destinations (`destination: writeable-host-etc`): setMountDestination accepts
 * only absolute paths, so the way back is refused by design.
 */
export function destinationsThereAndBack(start: Step): string {
  let current = start;
  const containers = start.analysis.parsed.model.containers;
  const eligible = stableMounts(start).filter(
    (x) => x.destination.startsWith('/') && writesDestination(containers.find((c) => c.id === x.containerId) as ContainerModel, x),
  );
  for (const m of eligible) {
    const path = `/${TEST_NAME}`;
    const newId = `mount:${m.section}:${m.containerName}:${path}`;
    const there = step(current.text, { type: 'setMountDestination', mountId: m.id, destination: path }, 'destination');
    const moved = there.analysis.parsed.model.mounts.find((x) => x.id === newId);
    expect(moved?.destination).toBe(path);
    expect(moved?.source).toBe(m.source);
    expectChangedWithin(current.text, there.text, containerRegion(current.analysis, m.containerId), `destination of ${m.id}`);
    current = step(there.text, { type: 'setMountDestination', mountId: newId, destination: m.destination }, 'destination back');
    expect(current.text).toBe(start.text);
  }
  return current.text;
}

/**
 * Whether flipping read-only twice must give the bytes back. Documented decisions make some
 * mounts change for good: a bind made writable loses its `ro` rather than gaining `rw` (so a
 * written `rw` does not come back), and a mounts entry without `ro`/`rw` gains one.
 */
function flipsBack(m: MountModel): boolean {
  if (m.form === 'mounts') return m.options.some((o) => o === 'ro' || o === 'rw');
  return !m.options.includes('rw') && m.options.filter((o) => o === 'ro').length <= 1;
}

/** Flips every mount's read-only flag and back; a read-only volume's mount must refuse to become writable. */
export function readOnlyThereAndBack(start: Step): string {
  let current = start;
  const readOnlyVolumes = new Set(start.analysis.parsed.model.volumes.filter((v) => v.readonly).map((v) => v.name));
  for (const m of stableMounts(start)) {
    if (m.readOnly && m.volume !== undefined && readOnlyVolumes.has(m.volume)) {
      const result = applyCommand(current.text, { type: 'setMountReadOnly', mountId: m.id, readOnly: false });
      expect(result.ok, `${m.id} of a read-only volume stays read-only`).toBe(false);
      continue;
    }
    if (!flipsBack(m)) continue;
    const there = step(current.text, { type: 'setMountReadOnly', mountId: m.id, readOnly: !m.readOnly }, 'read-only');
    expect(there.analysis.parsed.model.mounts.find((x) => x.id === m.id)?.readOnly).toBe(!m.readOnly);
    expectChangedWithin(current.text, there.text, containerRegion(current.analysis, m.containerId), `read-only of ${m.id}`);
    current = step(there.text, { type: 'setMountReadOnly', mountId: m.id, readOnly: m.readOnly }, 'read-only back');
    expect(current.text).toBe(start.text);
  }
  return current.text;
}

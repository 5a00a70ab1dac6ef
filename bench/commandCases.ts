// One instance of every graph command on a generated config, aimed at elements in its middle,
// for the core benchmark: what a user's action costs at that size.
import type { Analysis } from '../src/core/analyze.ts';
import type { Command } from '../src/core/commands/types.ts';

export function commandCases(analysis: Analysis): [string, Command][] {
  const { containers, volumes } = analysis.parsed.model;
  const services = containers.filter((c) => c.section === 'services');
  const container = services[Math.floor(services.length / 2)];
  const volume = volumes[Math.floor(volumes.length / 2)];
  const other = volumes.find((v) => !container.mounts.some((m) => m.volume === v.name))!;
  const bind = container.mounts.find((m) => m.form !== 'mounts' && m.sourceKind === 'volume')!;
  const mount = container.mounts.find((m) => m.form === 'mounts')!;
  const withBinds = services.find((c) => c.fields.binds)!;
  const sectionIndex = services.indexOf(container);
  return [
    ['addContainer', { type: 'addContainer', section: 'services', name: 'bench-added', image: 'docker.io/library/alpine:3.20.1' }],
    ['addVolume', { type: 'addVolume', kind: 'blank', name: 'bench-volume' }],
    ['connect', { type: 'connect', volumeId: other.id, containerId: container.id }],
    ['setMountDestination', { type: 'setMountDestination', mountId: bind.id, destination: '/srv/bench' }],
    ['setMountReadOnly', { type: 'setMountReadOnly', mountId: bind.id, readOnly: true }],
    ['setMountOptions', { type: 'setMountOptions', mountId: mount.id, options: ['rbind', 'rw'] }],
    ['setMountForm', { type: 'setMountForm', mountId: bind.id, form: 'mounts' }],
    ['setMountSource', { type: 'setMountSource', mountId: bind.id, source: other.name! }],
    ['setContainerField', { type: 'setContainerField', containerId: container.id, field: 'net', value: 'host' }],
    ['setVolumeField', { type: 'setVolumeField', volumeId: volume.id, field: 'readonly', value: true }],
    ['renameContainer', { type: 'renameContainer', containerId: container.id, newName: 'bench-renamed' }],
    ['renameVolume', { type: 'renameVolume', volumeId: volume.id, newName: 'bench-renamed' }],
    ['moveContainer', { type: 'moveContainer', containerId: container.id, toIndex: 0 }],
    ['removeContainer', { type: 'removeContainer', containerId: container.id }],
    ['removeVolume', { type: 'removeVolume', volumeId: volume.id }],
    ['removeMount', { type: 'removeMount', mountId: bind.id }],
    ['useBindsAdd', { type: 'useBindsAdd', containerId: withBinds.id }],
    ['quoteScalar', { type: 'quoteScalar', path: ['services', sectionIndex, 'image'], source: container.image! }],
  ];
}

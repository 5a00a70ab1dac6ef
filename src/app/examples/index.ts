import dataPipeline from './data-pipeline.yml?raw';
import logCollection from './log-collection.yml?raw';
import minimalSystem from './minimal-system.yml?raw';
import ociVolume from './oci-volume.yml?raw';
import { DEFAULT_EXAMPLE_TEXT } from './defaultExample.ts';

export interface Example {
  id: string;
  title: string;
  /** What the example teaches, in a sentence or two. */
  summary: string;
  text: string;
}

/** The gallery of examples shipped with the app; the first is what a newcomer sees (defaultExample.ts). */
export const EXAMPLES: Example[] = [
  {
    id: 'config-sharing',
    title: 'Configuration sharing',
    summary:
      'Two services read their settings from one read-only volume filled from an image at build time: one source of truth, and nobody can change it at run time.',
    text: DEFAULT_EXAMPLE_TEXT,
  },
  {
    id: 'log-collection',
    title: 'Log collection',
    summary:
      'Services write logs to a blank volume (empty at boot, shared); a collector mounts the same volume read-only to ship them.',
    text: logCollection,
  },
  {
    id: 'data-pipeline',
    title: 'Data-processing pipeline',
    summary:
      'Onboot steps run one after another to completion before services start: they prepare a data set on a volume that the service then reads read-only.',
    text: dataPipeline,
  },
  {
    id: 'oci-volume',
    title: 'OCI-layout volume',
    summary:
      '`format: oci` stores an image as an OCI image layout (for the listed platforms) instead of unpacking it, for a runtime inside the system to import.',
    text: ociVolume,
  },
  {
    id: 'minimal-system',
    title: 'Minimal bootable system',
    summary: 'Kernel, init, sysctl and DHCP at boot, a console login, entropy and SSH: the smallest useful machine.',
    text: minimalSystem,
  },
];

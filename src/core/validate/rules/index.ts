import type { Rule } from '../types.ts';
import { containersRules } from './containers/index.ts';
import { duplicateContainerName } from './containers/duplicateContainerName.ts';
import { duplicateServiceName } from './containers/duplicateServiceName.ts';
import { unknownId } from './containers/unknownId.ts';
import { schemaRules } from './schema/index.ts';
import { volumesRules } from './volumes/index.ts';
import { readonlyVolumeMountedRw } from './volumes/readonlyVolumeMountedRw.ts';
import { unknownVolume } from './volumes/unknownVolume.ts';
import { unusedVolume } from './volumes/unusedVolume.ts';
import { volumeNeverWritten } from './volumes/volumeNeverWritten.ts';
import { documentRules } from './document/index.ts';
import { filesRules } from './files/index.ts';

/** Every validation rule, one concern per file, grouped by what they check. */
export const RULES: Rule[] = [...schemaRules, ...documentRules, ...volumesRules, ...containersRules, ...filesRules];

/**
 * The rules that resolve names over the whole build (LinuxKit checks these after AppendConfig:
 * moby/config.go uniqueServices, the volume lookups of moby/build/volume.go
 * updateMountsAndBindsFromVolumes and the ids of moby/build/build.go Build; unusedVolume,
 * volumeNeverWritten and duplicateContainerName are studio-only warnings over the same names);
 * the others judge one file's text.
 */
export const BUILD_RULES: ReadonlySet<Rule> = new Set([
  unknownVolume,
  readonlyVolumeMountedRw,
  unusedVolume,
  volumeNeverWritten,
  unknownId,
  duplicateServiceName,
  duplicateContainerName,
]);

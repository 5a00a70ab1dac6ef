import type { Rule } from '../../types.ts';
import { duplicateContainerName } from './duplicateContainerName.ts';
import { duplicateServiceName } from './duplicateServiceName.ts';
import { invalidImageReference } from './invalidImageReference.ts';
import { invalidRlimit } from './invalidRlimit.ts';
import { unknownCapability } from './unknownCapability.ts';
import { unknownId } from './unknownId.ts';
import { unpinnedImage } from './unpinnedImage.ts';

/** Container-level rules, each deciding as `linuxkit build` does (moby/config.go, build/build.go). */
export const containersRules: Rule[] = [
  duplicateServiceName,
  duplicateContainerName,
  invalidImageReference,
  unpinnedImage,
  unknownCapability,
  invalidRlimit,
  unknownId,
];

import type { Rule } from '../../types.ts';
import { duplicateContainerName } from './duplicateContainerName.ts';
import { duplicateServiceName } from './duplicateServiceName.ts';
import { unknownCapability } from './unknownCapability.ts';

/** Container-level rules, each deciding as `linuxkit build` does (moby/config.go, build/build.go). */
export const containersRules: Rule[] = [duplicateServiceName, duplicateContainerName, unknownCapability];

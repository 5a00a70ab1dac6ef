import type { Rule } from '../../types.ts';
import { duplicateContainerName } from './duplicateContainerName.ts';
import { duplicateServiceName } from './duplicateServiceName.ts';
import { invalidImageReference } from './invalidImageReference.ts';
import { invalidRlimit } from './invalidRlimit.ts';
import { unknownCapability } from './unknownCapability.ts';
import { unknownId } from './unknownId.ts';
import { unpinnedImage } from './unpinnedImage.ts';
import { capabilitiesAddOntoKeyword } from './capabilitiesAddOntoKeyword.ts';
import { ignoredAdd } from './ignoredAdd.ts';
import { ignoredField } from './ignoredField.ts';
import { namespacePath } from './namespacePath.ts';
import { runtimeInterfaces, runtimeNamespaceIgnored } from './runtimeFields.ts';

/** Container-level rules: what `linuxkit build` decides (moby/config.go, moby/build/build.go) and studio-only warnings. */
export const containersRules: Rule[] = [
  duplicateServiceName,
  duplicateContainerName,
  invalidImageReference,
  unpinnedImage,
  unknownCapability,
  invalidRlimit,
  unknownId,
  capabilitiesAddOntoKeyword,
  ignoredAdd,
  ignoredField,
  namespacePath,
  runtimeNamespaceIgnored,
  runtimeInterfaces,
];

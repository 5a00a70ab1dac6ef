import type { Rule } from '../../types.ts';
import { duplicateFilePath } from './duplicateFilePath.ts';
import { fileContents } from './fileContents.ts';
import { fileHiddenAtBoot } from './fileHiddenAtBoot.ts';
import { fileWithoutPath } from './fileWithoutPath.ts';
import { invalidMode } from './invalidMode.ts';

/** The `files` section and device modes, as moby/build/build.go filesystem and moby/config.go ConfigToOCI meet them. */
export const filesRules: Rule[] = [fileWithoutPath, invalidMode, fileContents, duplicateFilePath, fileHiddenAtBoot];

import type { Rule } from '../../types.ts';
import { bindSyntax } from './bindSyntax.ts';
import { bindsReplaceImageDefaults } from './bindsReplaceImageDefaults.ts';
import { duplicateMountDestination } from './duplicateMountDestination.ts';
import { duplicateVolumeName } from './duplicateVolumeName.ts';
import { invalidMount } from './invalidMount.ts';
import { invalidVolumeName } from './invalidVolumeName.ts';
import { ociFormatWithoutImage } from './ociFormatWithoutImage.ts';
import { readonlyVolumeMountedRw } from './readonlyVolumeMountedRw.ts';
import { tmpfsSyntax } from './tmpfsSyntax.ts';
import { unknownVolume } from './unknownVolume.ts';
import { unusedVolume } from './unusedVolume.ts';
import { volumeNeverWritten } from './volumeNeverWritten.ts';
import { volumePlatforms } from './platforms.ts';

/** Volumes, binds, mounts and tmpfs: what LinuxKit checks (errors) and likely mistakes (studio-only warnings). */
export const volumesRules: Rule[] = [
  duplicateVolumeName,
  invalidVolumeName,
  unknownVolume,
  readonlyVolumeMountedRw,
  bindSyntax,
  tmpfsSyntax,
  invalidMount,
  unusedVolume,
  volumeNeverWritten,
  duplicateMountDestination,
  ociFormatWithoutImage,
  bindsReplaceImageDefaults,
  volumePlatforms,
];

import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic } from '../../../diagnostics/types.ts';
import type { Rule } from '../../types.ts';

/**
 * Studio-only warning: LinuxKit builds this. It builds a volume as an OCI layout only from an image;
 * without one Build takes the filesystem branch and ImageTar writes just the empty directory
 * (moby/build/build.go Build, moby/build/image.go ImageTar).
 */
export const ociFormatWithoutImage: Rule = ({ model }) => {
  const out: Diagnostic[] = [];
  for (const v of model.volumes) {
    const format = v.fields.format;
    if (v.format !== 'oci' || v.image || !format) continue;
    out.push(
      diagnostic(
        'oci-format-without-image',
        '`format: oci` has no effect without an `image:`; this volume is an empty directory. Add an `image:` or remove `format`.',
        { start: format.keySpan.start, end: format.valueSpan.end },
        {
          target: v.id,
          fixes: [{ title: 'Remove `format`', command: { type: 'setVolumeField', volumeId: v.id, field: 'format', value: undefined } }],
        },
      ),
    );
  }
  return out;
};

import { isSeq } from 'yaml';
import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic, QuickFix } from '../../../diagnostics/types.ts';
import type { VolumeModel } from '../../../model/types.ts';
import { nodeSpan } from '../../../model/yamlNodes.ts';
import type { Rule } from '../../types.ts';

/** `os[/arch[/variant]][:osversion]`, refusing a fourth `/` part (go-containerregistry pkg/v1/platform.go ParsePlatform). */
export function platformParses(p: string): boolean {
  const colon = p.trim().split(':');
  return colon[0].split('/').length <= 3;
}

/**
 * Build reads `platforms` only for a `format: oci` volume with an image (it parses each with
 * v1.ParsePlatform, failing on more than `os/arch/variant`); for any other volume the list is
 * ignored (moby/build/build.go Build). `platforms-without-oci` is a studio-only warning: LinuxKit
 * builds that volume.
 */
export const volumePlatforms: Rule = ({ model }) => {
  const out: Diagnostic[] = [];
  for (const v of model.volumes) {
    const field = v.fields.platforms;
    if (!field || !isSeq(field.node) || field.node.items.length === 0) continue;
    if (v.format !== 'oci') {
      out.push(platformsWithoutOci(v, { start: field.keySpan.start, end: field.keySpan.end }));
      continue;
    }
    if (!v.image) continue; // oci-format-without-image says what is wrong
    for (const item of field.node.items) {
      const value = (item as { value?: unknown }).value;
      const span = nodeSpan(item);
      if (typeof value !== 'string' || !span || platformParses(value)) continue;
      const meant = value.split('/').slice(0, 3).join('/');
      out.push(
        diagnostic(
          'invalid-platform',
          `LinuxKit cannot parse the platform \`${value}\` ("too many slashes in platform spec"), so \`linuxkit build\` fails on this volume; write \`os/arch\` or \`os/arch/variant\`, e.g. \`${meant}\`.`,
          span,
          { target: v.id },
        ),
      );
    }
  }
  return out;
};

function platformsWithoutOci(v: VolumeModel, span: { start: number; end: number }): Diagnostic {
  const fixes: QuickFix[] = [{ title: 'Remove `platforms`', command: { type: 'setVolumeField', volumeId: v.id, field: 'platforms', value: undefined } }];
  if (v.image) fixes.push({ title: 'Set `format: oci`', command: { type: 'setVolumeField', volumeId: v.id, field: 'format', value: 'oci' } });
  return diagnostic(
    'platforms-without-oci',
    `LinuxKit ignores \`platforms\` on a volume that is not \`format: oci\`: it unpacks the image for the build's own platform. Set \`format: oci\` to keep these platforms in an OCI layout, or remove \`platforms\`.`,
    span,
    { target: v.id, fixes },
  );
}

import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic, QuickFix } from '../../../diagnostics/types.ts';
import { parseReference } from '../../../reference/parseReference.ts';
import { isPackageTemplate } from '../../../reference/templates.ts';
import type { Rule } from '../../types.ts';
import { imageReferences, imageSubject } from './imageReferences.ts';

/**
 * Every image reference must parse. LinuxKit first parses each with containerd's reference.Parse
 * after util/reference.go ReferenceExpand (moby/config.go extractReferences), which is loose; the
 * build then pulls it through go-containerregistry's name.ParseReference
 * (src/cmd/linuxkit/cache/write.go Provider.ImagePull, from moby/build/build.go outputImage and
 * moby/build/image.go ImageTar), which refuses what the distribution grammar refuses:
 * parseReference checks that grammar.
 * `@pkg:` templates are skipped: only `linuxkit build` resolves them (moby/config.go
 * processTemplates; see reference/templates.ts).
 */
export const invalidImageReference: Rule = ({ model }) => {
  const out: Diagnostic[] = [];
  for (const ref of imageReferences(model)) {
    if (isPackageTemplate(ref.value)) continue;
    const parsed = parseReference(ref.value);
    if (parsed.ok) continue;
    const corrected = correctedReference(ref.value);
    const fixes: QuickFix[] =
      corrected !== undefined && ref.replace ? [{ title: `Use \`${corrected}\``, command: ref.replace(corrected) }] : [];
    const hint = corrected !== undefined ? ` Perhaps \`${corrected}\`?` : '';
    out.push(
      diagnostic('invalid-image-reference', `${imageSubject(ref)} ${parsed.reason}.${hint}`, ref.span, {
        target: ref.target,
        fixes,
      }),
    );
  }
  return out;
};

/** A valid reference the user most likely meant: without whitespace, without a scheme, lower-cased. */
export function correctedReference(value: string): string | undefined {
  const noSpace = value.replace(/\s+/g, '');
  const noScheme = noSpace.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, '');
  const candidates = [noSpace, noScheme, lowerCaseName(noScheme)];
  return candidates.find((c) => c !== '' && c !== value && parseReference(c).ok);
}

/** Lower-cases everything before the tag or digest (tags may keep their case). */
function lowerCaseName(ref: string): string {
  const at = ref.indexOf('@');
  const beforeDigest = at < 0 ? ref : ref.slice(0, at);
  const colon = beforeDigest.lastIndexOf(':');
  const end = colon > beforeDigest.lastIndexOf('/') ? colon : beforeDigest.length;
  return ref.slice(0, end).toLowerCase() + ref.slice(end);
}

import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic } from '../../../diagnostics/types.ts';
import { parseReference } from '../../../reference/parseReference.ts';
import { isPackageTemplate } from '../../../reference/templates.ts';
import type { Rule } from '../../types.ts';
import { imageReferences, imageSubject } from './imageReferences.ts';

/**
 * Studio-only advice: LinuxKit builds this. An image with neither tag nor digest, or only
 * `:latest`, can change between two builds (moby/config.go extractReferences takes it as written;
 * the pull defaults to `latest`).
 */
export const unpinnedImage: Rule = ({ model }) => {
  const out: Diagnostic[] = [];
  for (const ref of imageReferences(model)) {
    if (isPackageTemplate(ref.value)) continue;
    const parsed = parseReference(ref.value);
    if (!parsed.ok || parsed.digest !== undefined) continue;
    if (parsed.tag !== undefined && parsed.tag !== 'latest') continue;
    const name = parsed.tag === undefined ? ref.value : ref.value.slice(0, -':latest'.length);
    const what = parsed.tag === undefined ? 'has no tag' : 'uses `:latest`';
    out.push(
      diagnostic(
        'unpinned-image',
        `${imageSubject(ref)} ${what}, so each build may get a different image; pin a tag or digest, e.g. \`${name}:<version>\` or \`${name}@sha256:<digest>\`.`,
        ref.span,
        { target: ref.target },
      ),
    );
  }
  return out;
};

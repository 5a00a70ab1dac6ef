import type { QuickFix } from '../../../diagnostics/types.ts';
import type { ConfigModel } from '../../../model/types.ts';
import type { Span } from '../../../text/span.ts';

/** One image reference LinuxKit parses (moby/config.go extractReferences), where it is written and how to change it. */
export interface ImageReference {
  value: string;
  span: Span;
  /** For messages: "The kernel image", "The image of service `web`", ... */
  label: string;
  target?: string;
  /** The command that writes another reference in its place, where a command exists. */
  replace?: (ref: string) => QuickFix['command'];
}

const SECTION_NOUN = { onboot: 'onboot container', services: 'service', onshutdown: 'onshutdown container' } as const;

/**
 * The references moby/config.go extractReferences parses: kernel.image and volumes' image only
 * when not empty (it skips those), every init entry, and every container's image, empty or not.
 * Non-string values are the schema check's business.
 */
export function imageReferences(model: ConfigModel): ImageReference[] {
  const refs: ImageReference[] = [];
  const kernelImage = model.kernel?.fields.image;
  if (kernelImage && typeof kernelImage.value === 'string' && kernelImage.value !== '') {
    refs.push({ value: kernelImage.value, span: kernelImage.valueSpan, label: 'The kernel image' });
  }
  for (const item of model.init) refs.push({ value: item.value, span: item.span, label: 'The init image' });
  for (const c of model.containers) {
    const field = c.fields.image;
    if (!field || typeof field.value !== 'string') continue;
    const who = c.name ? `${SECTION_NOUN[c.section]} \`${c.name}\`` : SECTION_NOUN[c.section];
    refs.push({
      value: field.value,
      span: field.valueSpan,
      label: `The image of ${who}`,
      target: c.id,
      replace: (ref) => ({ type: 'setContainerField', containerId: c.id, field: 'image', value: ref }),
    });
  }
  for (const v of model.volumes) {
    const field = v.fields.image;
    if (!field || typeof field.value !== 'string' || field.value === '') continue;
    refs.push({
      value: field.value,
      span: field.valueSpan,
      label: v.name ? `The image of volume \`${v.name}\`` : 'The image of a volume',
      target: v.id,
      replace: (ref) => ({ type: 'setVolumeField', volumeId: v.id, field: 'image', value: ref }),
    });
  }
  return refs;
}

/**
 * "The image of service `web` `nginx:1`", for messages; when the container is named like its
 * image (service `sshd` running `sshd`) the name is said once: "The image of service `sshd`".
 */
export function imageSubject(ref: ImageReference): string {
  return ref.label.endsWith(` \`${ref.value}\``) ? ref.label : `${ref.label} \`${ref.value}\``;
}

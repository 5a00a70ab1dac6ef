// addContainer and addVolume: a new list item in its section, the section created when missing.
import { addToSection } from '../edit/sections.ts';
import type { Section, VolumeKind } from '../model/types.ts';
import { edited, refuse, type CommandContext, type Outcome } from './context.ts';
import {
  DEFAULT_IMAGE,
  containerNameProblem,
  defaultContainerName,
  defaultVolumeName,
  volumeNameProblem,
} from './names.ts';
import { containerId, volumeId } from '../model/ids.ts';
import { proposeContainerName } from '../model/names.ts';

/**
 * Adds `{name, image}` to a section. Defaults: a free name from the image when one is given, else
 * the first free `onboot-N` / `service-N` / `onshutdown-N`; the pinned DEFAULT_IMAGE. `index` is the position in the section's order.
 */
export function addContainer(
  ctx: CommandContext,
  cmd: { section: Section; name?: string; image?: string; index?: number },
): Outcome {
  // no name given: one taken from the image (`linuxkit/getty:…` → `getty`, `getty-2` when taken), else `service-1`, …
  const name = cmd.name ?? (cmd.image ? proposeContainerName(cmd.image, ctx.model.names.containers) : defaultContainerName(ctx.model, cmd.section));
  const problem = containerNameProblem(ctx.model, name);
  if (problem) return refuse(problem);
  const image = cmd.image ?? DEFAULT_IMAGE;
  if (image.trim() === '') return refuse('A container needs an image; give an image reference such as `alpine:3.20`.');
  const edits = addToSection(ctx.text, ctx.doc, cmd.section, { name, image }, ctx.style, cmd.index);
  return edited(ctx, edits, containerId(cmd.section, name), `\`${cmd.section}:\` is not a list; fix it in the text editor first.`);
}

/**
 * Adds a volume: blank (`name` only), image (`name`, `image`) or oci (also `format: oci`).
 * Defaults: the first free `volume-N` and, for image volumes, DEFAULT_IMAGE.
 */
export function addVolume(
  ctx: CommandContext,
  cmd: { kind: VolumeKind; name?: string; image?: string; readonly?: boolean; fields?: Record<string, unknown> },
): Outcome {
  const name = cmd.name ?? defaultVolumeName(ctx.model);
  const problem = volumeNameProblem(ctx.model, name);
  if (problem) return refuse(problem);
  const volume: Record<string, unknown> = cmd.fields ? { ...cmd.fields, name } : { name };
  if (!cmd.fields) {
    if (cmd.kind !== 'blank') volume.image = cmd.image ?? DEFAULT_IMAGE;
    if (cmd.kind === 'oci') volume.format = 'oci';
    if (cmd.readonly) volume.readonly = true;
  }
  const edits = addToSection(ctx.text, ctx.doc, 'volumes', volume, ctx.style);
  return edited(ctx, edits, volumeId(name), '`volumes:` is not a list; fix it in the text editor first.');
}

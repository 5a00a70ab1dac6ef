// setMountSource: a mount now takes its data from another volume (or host path); nothing else changes.
import { setMapValue } from '../edit/mapEdit.ts';
import { edited, refuse, type CommandContext, type Outcome } from './context.ts';
import { rewriteBind } from './mountSetters.ts';
import { bindOf, withBindPart } from '../model/bindParts.ts';
import { locateMount, mountEntryMap } from './mountTarget.ts';

function sourceProblem(ctx: CommandContext, source: string, form: string, readOnly: boolean, elsewhere?: { name: string; readonly: boolean }): string | null {
  if (source === '' || /\s/.test(source)) return 'A mount source is a volume name or an absolute host path, without spaces.';
  if (form !== 'mounts' && source.includes(':')) return `A bind's source cannot contain \`:\` (\`${source}\`).`;
  if (source.startsWith('/')) return null;
  const volume = elsewhere?.name === source ? elsewhere : ctx.model.names.volumes.get(source);
  if (!volume) return `There is no volume \`${source}\`; add it to \`volumes:\` first or use an absolute host path.`;
  if (volume.readonly && !readOnly) {
    return `Volume \`${source}\` is read-only, so it can only be mounted read-only; make this mount read-only first.`;
  }
  return null;
}

/** `volume`: the volume `source` names when another file of the build declares it. */
export function setMountSource(ctx: CommandContext, cmd: { mountId: string; source: string; volume?: { name: string; readonly: boolean } }): Outcome {
  const target = locateMount(ctx, cmd.mountId);
  if (typeof target === 'string') return refuse(target);
  const { mount } = target;
  if (mount.source === cmd.source) return { ok: true, text: ctx.text, selectId: mount.id };
  if (mount.type !== 'bind') return refuse(`A \`${mount.type || 'special'}\` mount has no volume to change; only bind mounts do.`);
  const readOnly = mount.form === 'mounts' ? mount.readOnly : mount.bind?.optionField === 'ro';
  const problem = sourceProblem(ctx, cmd.source, mount.form, readOnly, cmd.volume);
  if (problem) return refuse(problem);
  if (mount.form === 'mounts') {
    const map = mountEntryMap(target);
    return edited(ctx, map && setMapValue(ctx.text, map, 'source', cmd.source, ctx.style), mount.id);
  }
  return edited(ctx, rewriteBind(target, withBindPart(bindOf(mount), 0, cmd.source)), mount.id);
}

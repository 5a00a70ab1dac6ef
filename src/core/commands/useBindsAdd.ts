// useBindsAdd: `binds:` (replaces an image's default binds) becomes `binds.add:` (keeps them).
import { isScalar, isSeq, type YAMLMap } from 'yaml';
import { findPair, removeMapPair } from '../edit/mapEdit.ts';
import { replaceScalar } from '../edit/scalarEdit.ts';
import { continueWith, edited, findContainer, refuse, type CommandContext, type Outcome } from './context.ts';
import { addMountEntry } from './connect.ts';

export function useBindsAdd(ctx: CommandContext, cmd: { containerId: string }): Outcome {
  const container = findContainer(ctx, cmd.containerId);
  if (typeof container === 'string') return refuse(container);
  const map = container.node as YAMLMap;
  const binds = findPair(map, 'binds');
  if (!binds) return { ok: true, text: ctx.text, selectId: container.id };
  const add = findPair(map, 'binds.add');
  // no `binds.add` yet: only the key's text changes, so comments and quoting inside the list stay
  if (!add) return edited(ctx, [replaceScalar(binds.key, 'binds.add')].flatMap((e) => (e ? [e] : [])), container.id);
  const seq = binds.value;
  if (isSeq(seq) && !seq.items.every((i) => isScalar(i) && typeof i.value === 'string')) {
    return refuse('`binds:` holds entries that are not strings; fix them before moving them to `binds.add:`.');
  }
  const existing = new Set(container.mounts.filter((m) => m.form === 'binds.add').map((m) => m.raw));
  const moved = (isSeq(seq) ? seq.items : []).map((i) => String((i as { value: unknown }).value)).filter((b) => !existing.has(b));
  let outcome = edited(ctx, removeMapPair(ctx.text, map, binds), container.id);
  for (const bind of moved) {
    outcome = continueWith(outcome, (next) => {
      const again = findContainer(next, container.id);
      return typeof again === 'string' ? refuse(again) : addMountEntry(next, again, 'binds.add', bind, container.id);
    });
  }
  return outcome;
}

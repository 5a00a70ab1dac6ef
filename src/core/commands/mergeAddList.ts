// mergeAddList: `binds.add` (or `capabilities.add`) beside `binds` (`capabilities`) is ignored; fold it into the one list.
import { isScalar, isSeq, type YAMLMap } from 'yaml';
import { findPair, removeMapPair } from '../edit/mapEdit.ts';
import { insertListItem } from '../edit/seqEdit.ts';
import { continueWith, edited, findContainer, refuse, type CommandContext, type Outcome } from './context.ts';

export function mergeAddList(ctx: CommandContext, cmd: { containerId: string; field: 'binds' | 'capabilities' }): Outcome {
  const container = findContainer(ctx, cmd.containerId);
  if (typeof container === 'string') return refuse(container);
  const addKey = `${cmd.field}.add`;
  const map = container.node as YAMLMap;
  const base = findPair(map, cmd.field);
  const add = findPair(map, addKey);
  if (!add) return { ok: true, text: ctx.text, selectId: container.id };
  if (!base || !isSeq(base.value)) return refuse(`\`${cmd.field}:\` is not a list; fix it in the text editor first.`);
  const strings = (v: unknown) => (isSeq(v) ? v.items.map((i) => (isScalar(i) ? i.value : undefined)) : []);
  const adding = strings(add.value);
  if (!adding.every((v) => typeof v === 'string')) return refuse(`\`${addKey}:\` holds entries that are not strings; fix them first.`);
  const present = new Set(strings(base.value));
  const moved = [...new Set(adding as string[])].filter((v) => !present.has(v));
  let outcome = edited(ctx, removeMapPair(ctx.text, map, add), container.id);
  for (const entry of moved) {
    outcome = continueWith(outcome, (next) => {
      const again = findContainer(next, container.id);
      if (typeof again === 'string') return refuse(again);
      const pair = findPair(again.node as YAMLMap, cmd.field);
      return pair ? edited(next, insertListItem(next.text, pair, entry, next.style), container.id) : refuse(`\`${cmd.field}:\` is gone.`);
    });
  }
  return outcome;
}

// renameContainer / renameVolume: the name and every reference to it, one small edit each.
import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { setMapValue } from '../edit/mapEdit.ts';
import { rangeOf } from '../edit/nodeBlocks.ts';
import { replaceScalar } from '../edit/scalarEdit.ts';
import type { Field } from '../model/types.ts';
import type { TextEdit } from './types.ts';
import { edited, findVolume, findContainer, refuse, type CommandContext, type Outcome } from './context.ts';
import { locateMount } from './mountTarget.ts';
import { rewriteBind } from './mountSetters.ts';
import { bindOf, withBindPart } from '../model/bindParts.ts';
import { containerNameProblem, volumeNameProblem } from './names.ts';
import { containerId, volumeId } from '../model/ids.ts';

/** `uid`, `gid` and `additionalGids` may name a container (LinuxKit maps the name to its id). */
function idReferences(fields: Record<string, Field>, name: string): YamlNode[] {
  const out: YamlNode[] = [];
  for (const key of ['uid', 'gid']) {
    const node = fields[key]?.node;
    if (isScalar(node) && node.value === name) out.push(node);
  }
  const gids = fields.additionalGids?.node;
  if (isSeq(gids)) {
    for (const item of gids.items) if (isScalar(item) && item.value === name) out.push(item);
  }
  return out;
}

function scalarEdits(nodes: unknown[], value: string): TextEdit[] {
  // valid container and volume names never need flow-context quoting
  return nodes.flatMap((n) => {
    const edit = replaceScalar(n, value);
    return edit ? [edit] : [];
  });
}

export function renameContainer(ctx: CommandContext, cmd: { containerId: string; newName: string }): Outcome {
  const container = findContainer(ctx, cmd.containerId);
  if (typeof container === 'string') return refuse(container);
  const old = container.name;
  const newId = containerId(container.section, cmd.newName);
  if (old === cmd.newName) return { ok: true, text: ctx.text, selectId: container.id };
  const problem = containerNameProblem(ctx.model, cmd.newName, old);
  if (problem) return refuse(problem);
  const nameNode = container.fields.name?.node;
  const edits: TextEdit[] = [];
  if (nameNode && isScalar(nameNode)) edits.push(...scalarEdits([nameNode], cmd.newName));
  else edits.push(...(replaceOrAddName(ctx, container.node, cmd.newName) ?? []));
  // references follow only when no other container keeps the old name
  const shared = ctx.model.containers.some((c) => c !== container && c.name === old);
  if (old !== undefined && old !== '' && !shared) {
    const holders = [...ctx.model.containers.map((c) => c.fields), ...ctx.model.files.map((f) => f.fields)];
    edits.push(...scalarEdits(holders.flatMap((f) => idReferences(f, old)), cmd.newName));
  }
  return edited(ctx, edits, newId);
}

function replaceOrAddName(ctx: CommandContext, node: YamlNode | null, name: string): TextEdit[] | null {
  if (!isMap(node)) return null;
  // a container without `name:` gets one as its first key
  const start = rangeOf(node.items[0]?.key)?.[0];
  if (start === undefined) return null;
  const indent = ' '.repeat(start - ctx.text.lastIndexOf('\n', start - 1) - 1);
  return [{ from: start, to: start, insert: node.flow ? `name: ${name}, ` : `name: ${name}${ctx.style.eol}${indent}` }];
}

export function renameVolume(ctx: CommandContext, cmd: { volumeId: string; newName: string }): Outcome {
  const volume = findVolume(ctx, cmd.volumeId);
  if (typeof volume === 'string') return refuse(volume);
  const old = volume.name;
  if (old === cmd.newName) return { ok: true, text: ctx.text, selectId: volume.id };
  const problem = volumeNameProblem(ctx.model, cmd.newName, old);
  if (problem) return refuse(problem);
  const nameNode = volume.fields.name?.node;
  if (volume.fields.name && !isScalar(nameNode)) {
    return refuse(`The name of volume \`${volume.id}\` is not a plain value; change it in the text editor.`);
  }
  // a volume without `name:` gets one (as its first key when it has keys)
  const edits = isScalar(nameNode)
    ? scalarEdits([nameNode], cmd.newName)
    : isMap(volume.node) && volume.node.items.length === 0
      ? setMapValue(ctx.text, volume.node, 'name', cmd.newName, ctx.style)
      : (replaceOrAddName(ctx, volume.node, cmd.newName) ?? []);
  const shared = ctx.model.volumes.some((v) => v !== volume && v.name === old);
  for (const mount of shared || old === undefined ? [] : ctx.model.mounts) {
    if (mount.sourceKind !== 'volume' || mount.volume !== old) continue;
    const target = locateMount(ctx, mount.id);
    if (typeof target === 'string') continue;
    if (mount.form === 'mounts') {
      const map = isMap(target.item) ? target.item : null;
      const source = map?.items.find((p) => isScalar(p.key) && p.key.value === 'source')?.value;
      edits.push(...scalarEdits(source ? [source] : [], cmd.newName));
    } else {
      edits.push(...rewriteBind(target, withBindPart(bindOf(mount), 0, cmd.newName)));
    }
  }
  return edited(ctx, edits, volumeId(cmd.newName));
}

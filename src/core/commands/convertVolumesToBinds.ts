// convertVolumesToBinds: a Docker habit (`volumes:` in a container) rewritten the LinuxKit way, in one command.
import { isSeq, type YAMLMap } from 'yaml';
import { findPair, removeMapPair } from '../edit/mapEdit.ts';
import { replaceScalar } from '../edit/scalarEdit.ts';
import type { TextEdit } from './types.ts';
import { addVolume } from './addElements.ts';
import { addMountEntry } from './connect.ts';
import { continueWith, edited, findContainer, refuse, type CommandContext, type Outcome } from './context.ts';
import { planDockerVolumes, type DockerVolumesPlan } from './dockerVolumesPlan.ts';
import { renameVolume } from './rename.ts';

/** The `volumes` key renamed in place, each entry rewritten only where its volume name changes. */
function renameInPlace(map: YAMLMap, plan: DockerVolumesPlan): TextEdit[] | null {
  const pair = findPair(map, 'volumes');
  const seq = pair?.value;
  if (!pair || !isSeq(seq)) return null;
  const flow = seq.flow ? 'flow' : 'block';
  const edits = [replaceScalar(pair.key, plan.form)];
  seq.items.forEach((item, i) => {
    if ((item as { value: unknown }).value !== plan.binds[i]) edits.push(replaceScalar(item, plan.binds[i], flow));
  });
  return edits.every((e) => e !== null) ? (edits as TextEdit[]) : null;
}

export function convertVolumesToBinds(ctx: CommandContext, cmd: { containerId: string }): Outcome {
  const container = findContainer(ctx, cmd.containerId);
  if (typeof container === 'string') return refuse(container);
  const plan = planDockerVolumes(ctx.model, container);
  if (typeof plan === 'string') return refuse(plan);
  const map = container.node as YAMLMap;
  let outcome: Outcome;
  if (plan.renameKey) {
    outcome = edited(ctx, renameInPlace(map, plan), container.id);
  } else {
    const pair = findPair(map, 'volumes');
    outcome = edited(ctx, pair ? removeMapPair(ctx.text, map, pair) : null, container.id);
    for (const bind of plan.binds) {
      outcome = continueWith(outcome, (next) => {
        const again = findContainer(next, container.id);
        return typeof again === 'string' ? refuse(again) : addMountEntry(next, again, plan.form, bind, container.id);
      });
    }
  }
  for (const rename of plan.renames) {
    outcome = continueWith(outcome, (next) => renameVolume(next, { volumeId: rename.volumeId, newName: rename.to }));
  }
  for (const name of plan.creates) {
    outcome = continueWith(outcome, (next) => addVolume(next, { kind: 'blank', name }));
  }
  return outcome.ok ? { ...outcome, selectId: container.id } : outcome;
}

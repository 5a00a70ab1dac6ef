// The one entry point for graph actions: text + command -> new text and the minimal edits to get there.
import { analyze } from '../analyze.ts';
import { diffEdits, refineEdits } from '../edit/diffEdits.ts';
import { addContainer, addVolume } from './addElements.ts';
import { connect } from './connect.ts';
import { convertVolumesToBinds } from './convertVolumesToBinds.ts';
import { loadContext, type Analyzer, type CommandContext, type Outcome } from './context.ts';
import { removeMount, setMountDestination, setMountForm, setMountOptions, setMountReadOnly } from './mountSetters.ts';
import { quoteScalar } from './quoteScalar.ts';
import { mergeAddList } from './mergeAddList.ts';
import { removeKeyAt, removeListEntryAt, setScalarAt } from './pathEdits.ts';
import { moveContainer, removeContainer, removeVolume } from './removeElements.ts';
import { renameContainer, renameVolume } from './rename.ts';
import { setContainerField, setVolumeField } from './setField.ts';
import { setMountSource } from './setMountSource.ts';
import { effectsOf } from './effects.ts';
import { crTwin, isCrOnly, lfTwin } from '../text/lineBreaks.ts';
import type { Command, CommandResult } from './types.ts';
import { useBindsAdd } from './useBindsAdd.ts';

function run(ctx: CommandContext, command: Command): Outcome {
  switch (command.type) {
    case 'addContainer':
      return addContainer(ctx, command);
    case 'addVolume':
      return addVolume(ctx, command);
    case 'connect':
      return connect(ctx, command);
    case 'setMountDestination':
      return setMountDestination(ctx, command);
    case 'setMountReadOnly':
      return setMountReadOnly(ctx, command);
    case 'setMountOptions':
      return setMountOptions(ctx, command);
    case 'setMountForm':
      return setMountForm(ctx, command);
    case 'setContainerField':
      return setContainerField(ctx, command);
    case 'setVolumeField':
      return setVolumeField(ctx, command);
    case 'renameContainer':
      return renameContainer(ctx, command);
    case 'renameVolume':
      return renameVolume(ctx, command);
    case 'moveContainer':
      return moveContainer(ctx, command);
    case 'removeContainer':
      return removeContainer(ctx, command);
    case 'removeVolume':
      return removeVolume(ctx, command);
    case 'removeMount':
      return removeMount(ctx, command);
    case 'setMountSource':
      return setMountSource(ctx, command);
    case 'useBindsAdd':
      return useBindsAdd(ctx, command);
    case 'convertVolumesToBinds':
      return convertVolumesToBinds(ctx, command);
    case 'quoteScalar':
      return quoteScalar(ctx, command);
    case 'setScalar':
      return setScalarAt(ctx, command);
    case 'removeKey':
      return removeKeyAt(ctx, command);
    case 'removeListEntry':
      return removeListEntryAt(ctx, command);
    case 'mergeAddList':
      return mergeAddList(ctx, command);
  }
}

/**
 * Applies a graph action to the YAML text. Never throws: a refused command says why.
 * `analyze` lets a caller that memoises analyses (the app) share them with the command.
 */
export function applyCommand(text: string, command: Command, options: { analyze?: Analyzer } = {}): CommandResult {
  if (!isCrOnly(text)) return applyToText(text, command, options);
  // a CR-only file: edit its LF twin (same offsets) and give the new lines CR breaks again
  const result = applyToText(lfTwin(text), command, options);
  if (!result.ok) return result;
  return { ...result, text: crTwin(result.text), edits: result.edits.map((e) => ({ ...e, insert: crTwin(e.insert) })) };
}

function applyToText(text: string, command: Command, options: { analyze?: Analyzer }): CommandResult {
  const analyzeText = options.analyze ?? analyze;
  try {
    const ctx = loadContext(text, analyzeText);
    if (!ctx) return { ok: false, reason: 'The YAML has syntax errors; fix them in the text editor before editing the graph.' };
    const outcome = run(ctx, command);
    if (!outcome.ok) return outcome;
    // a safety net: an edit must never turn well-formed YAML into malformed YAML
    if (outcome.text !== text && !analyzeText(outcome.text).wellFormed) {
      return { ok: false, reason: 'This change would leave the YAML malformed, so it was not made; edit the text directly.' };
    }
    const edits = outcome.edits ? refineEdits(text, outcome.edits) : diffEdits(text, outcome.text);
    const result: CommandResult = { ok: true, text: outcome.text, edits, effects: effectsOf(command, outcome.selectId) };
    if (outcome.selectId !== undefined) result.selectId = outcome.selectId;
    return result;
  } catch (e) {
    return { ok: false, reason: `The change could not be made (${(e as Error).message}); edit the text directly.` };
  }
}

// What every command works from: the analysed text, its document and model, and the file's indentation.
import type { Document } from 'yaml';
import { analyze, type Analysis } from '../analyze.ts';
import { applyEdits } from '../edit/applyEdits.ts';
import { detectIndentStyle, type IndentStyle } from '../edit/indentStyle.ts';
import type { ConfigModel, ContainerModel, MountModel, VolumeModel } from '../model/types.ts';
import type { TextEdit } from './types.ts';

export interface CommandContext {
  text: string;
  doc: Document.Parsed | null;
  model: ConfigModel;
  style: IndentStyle;
}

/** A command's result before edits are computed: the new text, or why it was refused. */
export type Outcome =
  | {
      ok: true;
      text: string;
      selectId?: string;
      /** The edits against the command's input, when one step made them (else they are diffed). */
      edits?: TextEdit[];
    }
  | { ok: false; reason: string };

export function refuse(reason: string): Outcome {
  return { ok: false, reason };
}

/** How commands analyse a text; callers that cache analyses pass their cached version. */
export type Analyzer = (text: string) => Analysis;

/** Analyses `text`; null when it is not well-formed YAML (commands must not edit it then). */
export function loadContext(text: string, analyzeText: Analyzer = analyze): CommandContext | null {
  const analysis = analyzeText(text);
  if (!analysis.wellFormed) return null;
  const { doc, model } = analysis.parsed;
  return { text, doc, model, style: detectIndentStyle(text, doc) };
}

/** The outcome of applying `edits` (empty edits mean the document's shape did not allow the change). */
export function edited(ctx: CommandContext, edits: TextEdit[] | null, selectId?: string, why?: string): Outcome {
  if (!edits || edits.length === 0) return refuse(why ?? 'The YAML at that place has an unexpected shape; edit it in the text editor.');
  const out: Outcome = { ok: true, text: applyEdits(ctx.text, edits), edits };
  if (selectId !== undefined) out.selectId = selectId;
  return out;
}

export function findContainer(ctx: CommandContext, id: string): ContainerModel | string {
  const c = ctx.model.containers.find((x) => x.id === id);
  if (!c) return `There is no container \`${id}\` in the config; it may have been renamed or removed in the text.`;
  if (!c.node) return `The container \`${id}\` is not a mapping; fix it in the text editor first.`;
  return c;
}

export function findVolume(ctx: CommandContext, id: string): VolumeModel | string {
  const v = ctx.model.volumes.find((x) => x.id === id);
  if (!v) return `There is no volume \`${id}\` in the config; it may have been renamed or removed in the text.`;
  if (!v.node) return `The volume \`${id}\` is not a mapping; fix it in the text editor first.`;
  return v;
}

export function findMount(ctx: CommandContext, id: string): MountModel | string {
  const m = ctx.model.mounts.find((x) => x.id === id);
  return m ?? `There is no mount \`${id}\` in the config; it may have been changed or removed in the text.`;
}

/** Runs one more step of a multi-step command on the text the previous step produced. */
export function continueWith(outcome: Outcome, step: (ctx: CommandContext) => Outcome): Outcome {
  if (!outcome.ok) return outcome;
  const ctx = loadContext(outcome.text);
  if (!ctx) return refuse('The change would leave the YAML malformed, so it was not made.');
  const next = step(ctx);
  // the step's edits are against the intermediate text: drop them so the whole change is diffed
  if (next.ok) delete next.edits;
  if (next.ok && next.selectId === undefined && outcome.selectId !== undefined) next.selectId = outcome.selectId;
  return next;
}

// quoteScalar: a plain scalar becomes a double-quoted one with the same characters (`0600` -> `"0600"`).
import { isScalar } from 'yaml';
import { rangeOf } from '../edit/nodeBlocks.ts';
import { nodeAtPath } from '../fixes/nodePath.ts';
import { edited, refuse, type CommandContext, type Outcome } from './context.ts';

function label(path: readonly (string | number)[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
}

export function quoteScalar(ctx: CommandContext, cmd: { path: (string | number)[]; source: string }): Outcome {
  const node = nodeAtPath(ctx.doc?.contents, cmd.path);
  const r = rangeOf(node);
  const gone = `\`${label(cmd.path)}\` is no longer written as \`${cmd.source}\`; it may have been edited in the text.`;
  if (!isScalar(node) || !r) return refuse(gone);
  if (node.type !== 'PLAIN') return { ok: true, text: ctx.text };
  if (node.tag) return refuse(`\`${label(cmd.path)}\` has an explicit tag; quote it in the text editor.`);
  const written = ctx.text.slice(r[0], r[1]);
  if (written !== cmd.source || /[\r\n]/.test(written)) return refuse(gone);
  // JSON's escapes are valid in YAML double quotes, so the characters stay exactly as they were
  return edited(ctx, [{ from: r[0], to: r[1], insert: JSON.stringify(written) }]);
}

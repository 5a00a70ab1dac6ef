// Random byte and line edits of a text, for fuzzing the parser with nearly-valid YAML.
import fc from 'fast-check';

export type TextEdit =
  | { kind: 'insert'; at: number; chars: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'dropLine' | 'duplicateLine' | 'indentLine' | 'dedentLine'; line: number }
  | { kind: 'swapLines'; line: number; other: number };

/** Characters that mean something to YAML, plus some that do not. */
const YAML_CHARS = [':', '-', ' ', '\n', '\t', '[', ']', '{', '}', '"', "'", '#', '&', '*', '!', '|', '>', '%', '@', '`', ',', '?', 'a', '0', '\u00e9', '\ud83d\ude00', '\r'];

export const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), chars: fc.array(fc.constantFrom(...YAML_CHARS), { minLength: 1, maxLength: 4 }).map((a) => a.join('')) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constantFrom('dropLine' as const, 'duplicateLine' as const, 'indentLine' as const, 'dedentLine' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swapLines' as const), line: fc.nat(), other: fc.nat() }),
);

export function applyTextEdit(text: string, edit: TextEdit): string {
  if (edit.kind === 'insert' || edit.kind === 'delete') {
    const at = text.length === 0 ? 0 : edit.at % (text.length + 1);
    return edit.kind === 'insert' ? text.slice(0, at) + edit.chars + text.slice(at) : text.slice(0, at) + text.slice(at + edit.length);
  }
  const lines = text.split('\n');
  const i = edit.line % lines.length;
  if (edit.kind === 'dropLine') lines.splice(i, 1);
  else if (edit.kind === 'duplicateLine') lines.splice(i, 0, lines[i]);
  else if (edit.kind === 'indentLine') lines[i] = `  ${lines[i]}`;
  else if (edit.kind === 'dedentLine') lines[i] = lines[i].replace(/^ {1,2}/, '');
  else if (edit.kind === 'swapLines') {
    const j = edit.other % lines.length;
    [lines[i], lines[j]] = [lines[j], lines[i]];
  }
  return lines.join('\n');
}

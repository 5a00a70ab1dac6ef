import { isScalar } from 'yaml';
import type { TextEdit } from '../commands/types.ts';
import { rangeOf } from './nodeBlocks.ts';
import { styleOfScalarType, yamlScalar, type ScalarContext } from './yamlScalar.ts';

/** The edit that rewrites one scalar node as `value`, in the quote style it had. */
export function replaceScalar(node: unknown, value: string, context: ScalarContext = 'block'): TextEdit | null {
  const r = rangeOf(node);
  if (!r || !isScalar(node)) return null;
  return { from: r[0], to: r[1], insert: yamlScalar(value, styleOfScalarType(node.type), context) };
}

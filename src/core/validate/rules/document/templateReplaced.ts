import { isMap, isPair, isScalar, isSeq } from 'yaml';
import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic } from '../../../diagnostics/types.ts';
import { nodeSpan } from '../../../model/yamlNodes.ts';
import type { Rule } from '../../types.ts';

/**
 * Studio-only warning: LinuxKit builds this. processTemplates hands every scalar of a local config
 * file to the package resolver (moby/config.go processTemplates, handleTemplate; the resolver is
 * src/cmd/linuxkit/buildtemplate.go createPackageResolver, which src/cmd/linuxkit/build.go passes
 * for local files only): `@pkg:<path>` becomes that package's tag, and any other value starting
 * with `@` becomes the empty string. handleTemplate walks a mapping's Content, keys included, so a
 * key starting with `@` (only free-form keys can: `sysctl`, `annotations`) is replaced too.
 */
export const templateReplaced: Rule = ({ doc }) => {
  const out: Diagnostic[] = [];
  const visit = (node: unknown, depth: number, role: 'value' | 'key' = 'value') => {
    if (depth > 200) return;
    if (isScalar(node)) {
      const v = node.value;
      const span = nodeSpan(node);
      if (typeof v === 'string' && v.startsWith('@') && !v.startsWith('@pkg:') && span) out.push(templateDiagnostic(v, span, role));
    } else if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        visit(pair.key, depth + 1, 'key');
        visit(pair.value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item, depth + 1);
    }
  };
  visit(doc?.contents, 0);
  return out;
};

function templateDiagnostic(value: string, span: { start: number; end: number }, role: 'value' | 'key'): Diagnostic {
  const shown = value.split('\n')[0].slice(0, 40);
  const advice = role === 'key' ? 'Start the key with another character.' : 'Start it with another character (for a block of text, e.g. a comment or a blank line first).';
  return diagnostic(
    'template-replaced',
    `\`${shown}\` starts with \`@\`, which marks a template in LinuxKit; only \`@pkg:\` is one, so \`linuxkit build\` replaces this ${role} with an empty string. ${advice}`,
    span,
  );
}

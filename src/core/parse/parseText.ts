import { isScalar, parseAllDocuments, type Document, type YAMLError } from 'yaml';
import { diagnostic } from '../diagnostics/make.ts';
import type { Diagnostic } from '../diagnostics/types.ts';
import { LIMITS } from './limits.ts';
import { measureDepth } from './depth.ts';
import { syntaxHint } from './hints.ts';
import { measureAliasExpansion } from './aliases.ts';
import { findDuplicateKeys } from './duplicateKeys.ts';
import { findBinary } from '../text/findBinary.ts';
import type { Span } from '../text/span.ts';

export interface ParsedText {
  /** The first document (LinuxKit's decoder reads only the first), or null. */
  doc: Document.Parsed | null;
  diagnostics: Diagnostic[];
  /** Where the first later document with contents starts (its `---` line), when there is one: LinuxKit never reads it. */
  extraDocument?: Span;
}

const PARSE_OPTIONS = {
  version: '1.2',
  // Checked by findDuplicateKeys: yaml's own check is quadratic in the size of a mapping.
  uniqueKeys: false,
  prettyErrors: false,
  // no CST tokens on the nodes: nothing reads them, and they tripled the memory a parsed document keeps (2.9 vs 0.8 MiB at 48 KiB)
  keepSourceTokens: false,
  strict: true,
  // problems are diagnostics; yaml must not print warnings of its own (CLI stderr, browser console)
  logLevel: 'error',
} as const;

/** Parses YAML text. Never throws: every problem is a diagnostic. */
export function parseText(text: string): ParsedText {
  if (text.length > LIMITS.maxTextLength) {
    return {
      doc: null,
      diagnostics: [
        diagnostic(
          'resource-limit',
          `The file is ${formatSize(text.length)}, over the ${formatSize(LIMITS.maxTextLength)} limit; a LinuxKit config is a few KiB. Split it or remove generated content.`,
          { start: 0, end: Math.min(text.length, firstLineEnd(text)) },
        ),
      ],
    };
  }
  const binary = findBinary(text);
  if (binary >= 0) {
    return {
      doc: null,
      diagnostics: [
        diagnostic(
          'yaml-syntax',
          'The file contains binary data (a NUL or other control character); a LinuxKit config must be UTF-8 text.',
          { start: binary, end: binary + 1 },
        ),
      ],
    };
  }
  const depth = measureDepth(text, LIMITS.maxDepth);
  if (depth.exceededAt >= 0) {
    return {
      doc: null,
      diagnostics: [
        diagnostic(
          'resource-limit',
          `Collections are nested more than ${LIMITS.maxDepth} levels deep here; flatten the structure.`,
          { start: depth.exceededAt, end: depth.exceededAt + 1 },
        ),
      ],
    };
  }

  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, PARSE_OPTIONS) as unknown as Document.Parsed[];
  } catch (e) {
    // yaml reports errors as data; this guards against anything it might still throw.
    return {
      doc: null,
      diagnostics: [diagnostic('yaml-syntax', `The YAML parser failed: ${(e as Error).message}`, { start: 0, end: 0 })],
    };
  }
  const doc = Array.isArray(docs) && docs.length > 0 ? docs[0] : null;
  if (!doc || doc.contents === null) {
    const diags = doc ? parserErrors(doc.errors, text) : [];
    if (diags.length > 0) return { doc, diagnostics: diags };
    return {
      doc,
      diagnostics: [
        diagnostic(
          'empty-config',
          'The file holds no YAML document (it is empty or only comments). Start with a `kernel:` section, or open an example.',
          { start: 0, end: firstLineEnd(text) },
        ),
      ],
    };
  }
  const aliases = measureAliasExpansion(doc, LIMITS.maxAliasExpansion);
  if (aliases.exceededAt >= 0) {
    const at = { start: aliases.exceededAt, end: aliases.exceededAt + 1 };
    const message = `Aliases expand the document past ${LIMITS.maxAliasExpansion.toLocaleString('en')} nodes here (an alias bomb?); LinuxKit refuses excessive aliasing. Write the values out instead of nesting aliases.`;
    return { doc, diagnostics: [...parserErrors(doc.errors, text), diagnostic('resource-limit', message, at)] };
  }
  const parsed: ParsedText = { doc, diagnostics: [...parserErrors(doc.errors, text), ...findDuplicateKeys(doc, text.length)] };
  // a later document with only comments (or nothing) after its `---` holds nothing to lose
  const extra = docs.slice(1).find((d) => d.contents !== null && !(isScalar(d.contents) && d.contents.value === null));
  if (extra) parsed.extraDocument = documentStart(text, extra);
  return parsed;
}

/** The first line of a later document: its `---` marker, or its first content line. */
function documentStart(text: string, doc: Document.Parsed): Span {
  let start = doc.range[0];
  const marker = text.lastIndexOf('---', doc.contents?.range?.[0] ?? start);
  if (marker >= start - 3 && marker >= 0) start = Math.min(start, marker);
  while (start < text.length && /\s/.test(text[start])) start++;
  const nl = text.indexOf('\n', start);
  return { start, end: nl < 0 ? text.length : nl };
}

/**
 * The parser's errors as diagnostics, the syntax errors cut to the first one: a single typo makes
 * the yaml library report a cascade (up to dozens of "Unexpected … token" for one unclosed quote),
 * while go-yaml, and so `linuxkit build`, stops at the first (moby/config.go NewConfig: yaml.Unmarshal
 * returns one error). The first says how many more follow, which a fix of it usually clears.
 */
function parserErrors(errors: readonly YAMLError[], text: string): Diagnostic[] {
  const all = errors.map((e) => yamlErrorToDiagnostic(e, text));
  const syntax = all.filter((d) => d.code === 'yaml-syntax');
  if (syntax.length <= 1) return all;
  const first = syntax.reduce((a, b) => (b.span.start < a.span.start ? b : a));
  const more = syntax.length - 1;
  const shown = { ...first, message: `${first.message} (The parser reports ${more} more ${more === 1 ? 'error' : 'errors'} after this one; they usually follow from it.)` };
  return all.filter((d) => d.code !== 'yaml-syntax' || d === first).map((d) => (d === first ? shown : d));
}

function yamlErrorToDiagnostic(err: YAMLError, text: string): Diagnostic {
  // yaml may point one past the end of the text (an unclosed `[` or quote): keep spans inside it
  const start = Math.min(err.pos[0], text.length);
  const at = { start, end: Math.min(Math.max(err.pos[1], start), text.length) };
  const message = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  switch (err.code) {
    case 'DUPLICATE_KEY':
      return diagnostic('duplicate-key', `${message}. Each key may appear once in a mapping: remove or rename the repeated key.`, at);
    case 'RESOURCE_EXHAUSTION':
      return diagnostic('resource-limit', `${message}. The document is too deeply nested or too large to process.`, at);
    default: {
      const hint = syntaxHint(text, start);
      return diagnostic('yaml-syntax', hint ? `${message}. ${hint}` : `${message}.`, at);
    }
  }
}

function firstLineEnd(text: string): number {
  const nl = text.indexOf('\n');
  return nl < 0 ? text.length : nl;
}

function formatSize(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(chars / 1024)} KiB`;
}

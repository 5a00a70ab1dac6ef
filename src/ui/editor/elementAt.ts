import type { ElementSpan } from '../../core/model/outline.ts';
import type { Span } from '../../core/text/span.ts';

/** The span of one element by its graph id. */
export function spanOfElement(elements: ElementSpan[], id: string): Span | undefined {
  return elements.find((e) => e.id === id)?.span;
}

/**
 * The smallest element whose lines hold `offset` (a mount inside a container wins). Whole lines
 * count, so the cursor on an entry's `- ` or after its last character still selects it.
 */
export function elementAt(text: string, elements: ElementSpan[], offset: number): string | undefined {
  let best: ElementSpan | undefined;
  for (const e of elements) {
    const { start, end } = lineBounds(text, e.span);
    if (offset < start || offset > end) continue;
    if (!best || e.span.end - e.span.start < best.span.end - best.span.start) best = e;
  }
  return best?.id;
}

/** From the start of the span's first line to the end of its last non-blank line. */
export function lineBounds(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  const start = text.lastIndexOf('\n', span.start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  return { start, end: lineEnd < 0 ? text.length : lineEnd };
}

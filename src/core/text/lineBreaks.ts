/**
 * Classic Mac OS files break lines with a lone CR. YAML 1.2 and LinuxKit's decoder (go-yaml's
 * `is_break` in yaml.v3/yamlprivateh.go) take CR as a line break; the `yaml` package reads a
 * lone CR as part of the line, and Monaco cannot hold CR line breaks at all. So such a text is
 * parsed, edited and shown as its LF twin, which has the same length (every offset holds for
 * both), and an edited CR-only file gets its CR line breaks back.
 */

/** A text whose line breaks are all lone CRs: at least one CR and no LF. */
export function isCrOnly(text: string): boolean {
  return text.includes('\r') && !text.includes('\n');
}

/** Each lone CR read as the LF it means; CRLF and LF stay. Same length as `text`. */
export function lfTwin(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** An edited twin of a CR-only text, with CR line breaks again. */
export function crTwin(text: string): string {
  return text.replace(/\n/g, '\r');
}

/**
 * A text the editor holds (its line breaks are its own), in the line breaks of the file it
 * edits: CR for a CR-only file; other files' endings the editor keeps itself (LF, CRLF).
 */
export function inBreaksOf(file: string, edited: string): string {
  return isCrOnly(file) ? crTwin(edited) : edited;
}

/** How many line breaks of each kind a text holds (a lone CR, CRLF, a lone LF). */
export interface BreakCounts {
  cr: number;
  crlf: number;
  lf: number;
}

export function countBreaks(text: string): BreakCounts {
  const counts = { cr: 0, crlf: 0, lf: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) counts.lf++;
    else if (c !== 13) continue;
    else if (text.charCodeAt(i + 1) === 10) {
      counts.crlf++;
      i++;
    } else counts.cr++;
  }
  return counts;
}

/**
 * A text whose lines end in more than one way (CRLF and LF, or lone CRs among them): the editor
 * holds one kind of line break only, so such a text is made uniform at the first edit. A
 * CR-only file is not mixed (it keeps its CRs, see above).
 */
export function hasMixedBreaks(text: string): boolean {
  if (!text.includes('\r')) return false;
  const { cr, crlf, lf } = countBreaks(text);
  return [cr, crlf, lf].filter((n) => n > 0).length > 1;
}

/**
 * The one line break the editor (Monaco) gives a text: CRLF when lone CRs and CRLFs are more
 * than half of its breaks, LF otherwise (Monaco's rule when it creates a model).
 */
export function editorBreak(text: string): '\r\n' | '\n' {
  if (!text.includes('\r')) return '\n';
  const { cr, crlf, lf } = countBreaks(text);
  return cr + crlf > (cr + crlf + lf) / 2 ? '\r\n' : '\n';
}

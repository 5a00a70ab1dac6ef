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

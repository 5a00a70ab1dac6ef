import type { Severity } from '../core/diagnostics/codes.ts';

/** ANSI styling that collapses to plain text when colour is off. */
export interface Style {
  severity(severity: Severity, text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

const SEVERITY_COLOURS: Record<Severity, string> = { error: '31', warning: '33', info: '36' };

export function makeStyle(colour: boolean): Style {
  const wrap = (code: string, text: string) => (colour ? `\x1b[${code}m${text}\x1b[0m` : text);
  return {
    severity: (severity, text) => wrap(`1;${SEVERITY_COLOURS[severity]}`, text),
    bold: (text) => wrap('1', text),
    dim: (text) => wrap('2', text),
  };
}

/** Colour only on a terminal, and never when NO_COLOR is set at all (https://no-color.org). */
export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && env.NO_COLOR === undefined;
}

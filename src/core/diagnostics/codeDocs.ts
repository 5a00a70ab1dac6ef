import { ERROR_DOCS } from './docs/errors.ts';
import type { CodeDoc } from './docs/types.ts';
import { WARNING_DOCS } from './docs/warnings.ts';

export type { CodeDoc } from './docs/types.ts';

/** What each diagnostic code means, what LinuxKit does, how to fix it; keyed by code (every code of DESIGN.md). */
export const CODE_DOCS: Readonly<Record<string, CodeDoc>> = { ...ERROR_DOCS, ...WARNING_DOCS };

/** The docs of a code; a code without docs (a bug the tests catch) gets a plain fallback rather than nothing. */
export function codeDoc(code: string): CodeDoc {
  return (
    CODE_DOCS[code] ?? { short: code, full: `Diagnostic ${code}.`, fix: 'See the message for what to change.' }
  );
}

/** Help text: what LinuxKit does, then how to fix it. */
export function codeHelp(code: string): string {
  const d = codeDoc(code);
  return `${d.full}\n\nHow to fix: ${d.fix}`;
}

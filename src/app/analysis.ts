import { analyze, type Analysis } from '../core/analyze.ts';

let lastText: string | null = null;
let lastAnalysis: Analysis | null = null;

/** analyze(), memoised on the text: every view derives from the same result. */
export function analysisOf(text: string): Analysis {
  if (text !== lastText || !lastAnalysis) {
    lastAnalysis = analyze(text);
    lastText = text;
  }
  return lastAnalysis;
}

/** True when analysisOf(text) would return at once. */
export function analysedAlready(text: string): boolean {
  return text === lastText && lastAnalysis !== null;
}

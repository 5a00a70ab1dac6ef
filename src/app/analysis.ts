import { analyze, type Analysis } from '../core/analyze.ts';

/** analyze(), memoised on the last text: every view of one Studio derives from the same result. */
export interface AnalysisCache {
  of(text: string): Analysis;
  /** True when of(text) would return at once. */
  has(text: string): boolean;
}

export function createAnalysisCache(): AnalysisCache {
  let last: { text: string; analysis: Analysis } | null = null;
  return {
    of(text) {
      if (last?.text !== text) last = { text, analysis: analyze(text) };
      return last.analysis;
    },
    has: (text) => last?.text === text,
  };
}

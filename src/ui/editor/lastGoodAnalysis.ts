import { graphViewOf } from '../../app/graphState.ts';
import type { Analysis } from '../../core/analyze.ts';

/**
 * The analysis of `text` when it parses, otherwise the last one that did: while the user is
 * mid-edit the names of containers and volumes are still those of the last good text.
 */
export function namesAnalysis(text: string): Analysis | null {
  return graphViewOf(text).lastGood;
}

/** Volume names and container names, sorted and without duplicates. */
export function knownNames(analysis: Analysis | null): { volumes: string[]; containers: string[] } {
  const model = analysis?.parsed.model;
  const uniq = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))].sort();
  return {
    volumes: uniq(model?.volumes.map((v) => v.name) ?? []),
    containers: uniq(model?.containers.map((c) => c.name) ?? []),
  };
}

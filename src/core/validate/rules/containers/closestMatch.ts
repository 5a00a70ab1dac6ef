import { editDistance } from '../../../text/editDistance.ts';

/** The candidate nearest to `value` by edit distance, if it is within `maxDistance`. */
export function closestMatch(value: string, candidates: readonly string[], maxDistance: number): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    const d = editDistance(value, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

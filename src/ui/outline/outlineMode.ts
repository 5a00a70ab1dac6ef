import { useFlagMode, type FlagMode } from '../state/useFlagMode.ts';

/** Whether the graph's text outline is shown beside the canvas. A Studio flag. */
export function useOutlineMode<T>(select: (mode: FlagMode) => T): T;
export function useOutlineMode(): FlagMode;
export function useOutlineMode<T>(select?: (mode: FlagMode) => T) {
  const mode = useFlagMode('outline');
  return select ? select(mode) : mode;
}

import { useFlagMode, type FlagMode } from '../state/useFlagMode.ts';

/** Explain mode (for teaching): when on, selecting a volume or mount explains it in plain words. A Studio flag. */
export function useExplainMode<T>(select: (mode: FlagMode) => T): T;
export function useExplainMode(): FlagMode;
export function useExplainMode<T>(select?: (mode: FlagMode) => T) {
  const mode = useFlagMode('explain');
  return select ? select(mode) : mode;
}

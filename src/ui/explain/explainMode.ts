import { useStudio } from '../state/StudioContext.tsx';

/** Explain mode (for teaching): when on, selecting a volume or mount explains it in plain words. A Studio flag. */
export function useExplainMode<T>(select: (mode: { on: boolean; toggle(): void }) => T): T;
export function useExplainMode(): { on: boolean; toggle(): void };
export function useExplainMode<T>(select?: (mode: { on: boolean; toggle(): void }) => T) {
  const on = useStudio((s) => s.flags.explain);
  const toggleFlag = useStudio((s) => s.toggleFlag);
  const mode = { on, toggle: () => toggleFlag('explain') };
  return select ? select(mode) : mode;
}

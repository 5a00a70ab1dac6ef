import { useStudio } from '../state/StudioContext.tsx';

/** Whether the graph's text outline is shown beside the canvas. A Studio flag. */
export function useOutlineMode<T>(select: (mode: { on: boolean; toggle(): void }) => T): T;
export function useOutlineMode(): { on: boolean; toggle(): void };
export function useOutlineMode<T>(select?: (mode: { on: boolean; toggle(): void }) => T) {
  const on = useStudio((s) => s.flags.outline);
  const toggleFlag = useStudio((s) => s.toggleFlag);
  const mode = { on, toggle: () => toggleFlag('outline') };
  return select ? select(mode) : mode;
}

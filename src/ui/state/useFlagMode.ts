import type { UiFlags } from '../../app/index.ts';
import { useStudio } from './StudioContext.tsx';

/** A Studio flag as an on/off mode for a component: whether it is on, and its toggle. */
export interface FlagMode {
  on: boolean;
  toggle(): void;
}

export function useFlagMode(flag: keyof UiFlags): FlagMode {
  const on = useStudio((s) => s.flags[flag]);
  const toggleFlag = useStudio((s) => s.toggleFlag);
  return { on, toggle: () => toggleFlag(flag) };
}

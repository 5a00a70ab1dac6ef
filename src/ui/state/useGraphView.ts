import { graphViewOf, type GraphView } from '../../app/graphState.ts';
import { useStudio } from './StudioContext.tsx';

/** The derived graph of the current text (memoised on the text). */
export function useGraphView(): GraphView {
  const text = useStudio((s) => s.text);
  return graphViewOf(text);
}

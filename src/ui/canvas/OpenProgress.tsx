import { useStudio } from '../state/StudioContext.tsx';
import { useShownView } from '../state/useShownView.ts';
import type { DrawProgress } from './useProgressiveElements.ts';

/**
 * While a large config opens: first its analysis off the page's thread, then the drawing of
 * its graph, chunk by chunk. The page answers meanwhile; this says how far the open has come.
 */
export function OpenProgress({ drawing }: { drawing: DrawProgress | null }) {
  const pending = useShownView().pending;
  const opened = useStudio((s) => s.change.origin === 'load');
  const analysing = pending && opened;
  if (!analysing && !drawing) return null;
  return (
    <div className="open-progress" role="status" data-testid="open-progress" data-stage={analysing ? 'analysing' : 'drawing'}>
      {analysing ? (
        <>
          <span>Reading the config in the background…</span>
          <progress aria-label="Reading the config" />
        </>
      ) : (
        <>
          <span>
            Drawing the graph: {drawing!.drawn} of {drawing!.total} elements
          </span>
          <progress aria-label="Drawing the graph" max={drawing!.total} value={drawing!.drawn} />
        </>
      )}
    </div>
  );
}

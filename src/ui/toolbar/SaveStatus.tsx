import { useStudio } from '../state/StudioContext.tsx';

const LABEL = { saved: 'Saved in this browser', pending: 'Saving…', error: 'Not saved', conflict: 'Paused: another tab' } as const;

/** Whether autosave is keeping the work: always visible, so a full or missing storage never goes unnoticed. */
export function SaveStatus() {
  const state = useStudio((s) => s.saveState);
  const title =
    state.kind === 'error'
      ? state.message
      : state.kind === 'conflict'
        ? 'Another tab saved different work; choose which to keep.'
        : 'Text and layout are saved in this browser as you work.';
  return (
    <span className={`save-status save-${state.kind}`} data-testid="save-status" data-state={state.kind} title={title} role={state.kind === 'error' ? 'alert' : undefined}>
      {LABEL[state.kind]}
      {state.kind === 'error' && <span className="save-reason">: {state.message}</span>}
    </span>
  );
}

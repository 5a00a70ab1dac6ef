import { useStudio } from '../state/StudioContext.tsx';

interface DataFlowView {
  open: boolean;
  toggle(): void;
  close(): void;
}

/** Whether the data-flow view is open (UI state, like Explain mode). A Studio flag. */
export function useDataFlowView<T>(select: (view: DataFlowView) => T): T;
export function useDataFlowView(): DataFlowView;
export function useDataFlowView<T>(select?: (view: DataFlowView) => T) {
  const open = useStudio((s) => s.flags.dataFlow);
  const toggleFlag = useStudio((s) => s.toggleFlag);
  const setFlag = useStudio((s) => s.setFlag);
  const view = { open, toggle: () => toggleFlag('dataFlow'), close: () => setFlag('dataFlow', false) };
  return select ? select(view) : view;
}

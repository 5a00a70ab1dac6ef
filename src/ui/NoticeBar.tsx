import { useStudio } from './state/StudioContext.tsx';

/**
 * Why a graph action was refused, or what just happened: floats over the top of the workspace
 * (a layer of no height), so its coming and going never moves the layout under the pointer.
 */
export function NoticeBar() {
  const notice = useStudio((s) => s.notice);
  const dismiss = useStudio((s) => s.dismissNotice);
  return (
    <div className="notice-layer">
      {notice && (
        <div className={`notice notice-toast notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
          <span>{notice.message}</span>
          <button type="button" onClick={dismiss} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
    </div>
  );
}

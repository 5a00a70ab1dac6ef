import { useStudio } from './state/StudioContext.tsx';

/** Why a graph action was refused, or what just happened. */
export function NoticeBar() {
  const notice = useStudio((s) => s.notice);
  const dismiss = useStudio((s) => s.dismissNotice);
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
      <span>{notice.message}</span>
      <button type="button" onClick={dismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}

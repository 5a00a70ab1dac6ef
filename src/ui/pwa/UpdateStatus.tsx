import { useEffect, useRef, useState } from 'react';
import { registerSW } from 'virtual:pwa-register';
import './pwa.css';

type UpdateState = 'none' | 'offline-ready' | 'update-ready';

/**
 * Registers the service worker (vite-plugin-pwa, registerType 'prompt') and says what it did:
 * "Works offline" once the whole app is cached, and "Reload to update" when a new version is
 * waiting. A new version never takes over by itself: only this button reloads, so nobody loses
 * the running version mid-edit (autosave stores the work as the page hides, as on any reload).
 * Shown in the toolbar, which keeps its height: a late message moves nothing under the pointer.
 */
export function UpdateStatus() {
  const [state, setState] = useState<UpdateState>('none');
  const update = useRef<((reload?: boolean) => Promise<void>) | null>(null);
  const requested = useRef(false);
  useEffect(() => {
    // mounted once, lazily, in the toolbar; registerSW has nothing to undo
    update.current = registerSW({
      onOfflineReady: () => setState((s) => (s === 'none' ? 'offline-ready' : s)),
      onNeedRefresh: () => setState('update-ready'),
      // the new version took control (from this tab's button, or another tab's): reload only when asked here
      onNeedReload: () => {
        if (requested.current) location.reload();
        else setState('update-ready');
      },
    });
  }, []);
  if (state === 'offline-ready') {
    return (
      <span className="pwa-status" data-testid="offline-ready" title="The whole app is stored in this browser: it opens and works without a network.">
        Works offline
      </span>
    );
  }
  if (state !== 'update-ready') return null;
  return (
    <span className="pwa-status is-update" role="status" data-testid="update-ready">
      New version ready
      <button
        type="button"
        onClick={() => {
          requested.current = true;
          void update.current?.(true);
        }}
      >
        Reload to update
      </button>
    </span>
  );
}

import { useState } from 'react';
import { downloadText } from '../../app/download.ts';
import { siteStorage } from '../../app/storage.ts';
import { forgetUnreadableSave, UNREADABLE_FILE_NAME, unreadableSave } from '../../app/unreadableSave.ts';
import './unreadableSave.css';

/** Saved work that could not be read was kept aside: say so, offer it as a download, until the user lets it go. */
export function UnreadableSaveNotice() {
  const [kept, setKept] = useState(() => unreadableSave(siteStorage()));
  if (kept === null) return null;
  return (
    <div className="notice notice-error" role="alert" data-testid="unreadable-save">
      <span>
        The work saved in this browser could not be read (it is damaged), so this tab started without it. It is kept aside, not
        overwritten.
      </span>
      <button type="button" className="notice-action" data-testid="unreadable-save-download" onClick={() => downloadText(UNREADABLE_FILE_NAME, kept, 'text/plain')}>
        Download it
      </button>
      <button
        type="button"
        className="notice-action"
        data-testid="unreadable-save-forget"
        onClick={() => {
          forgetUnreadableSave(siteStorage());
          setKept(null);
        }}
      >
        Forget it
      </button>
    </div>
  );
}

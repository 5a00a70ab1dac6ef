import { useState } from 'react';
import { downloadText, forgetUnreadableSave, siteStorage, UNREADABLE_FILE_NAME, unreadableReason, unreadableSave } from '../../app/index.ts';
import './unreadableSave.css';

/** Saved work that could not be read or opened was kept aside: say so and why, offer it as a download, until the user lets it go. */
export function UnreadableSaveNotice() {
  const [kept, setKept] = useState(() => unreadableSave(siteStorage()));
  if (kept === null) return null;
  const why = unreadableReason(kept);
  return (
    <div className="notice notice-error" role="alert" data-testid="unreadable-save">
      <span>
        {why === null
          ? 'The work saved in this browser could not be read (it is damaged), so this tab started without it.'
          : `The work saved in this browser cannot be opened here: ${why}. This tab started without it.`}{' '}
        It is kept aside, not overwritten.
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

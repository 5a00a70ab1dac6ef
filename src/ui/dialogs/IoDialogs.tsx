import { ShareOfferDialog } from './ShareOfferDialog.tsx';
import { TabConflictDialog } from './TabConflictDialog.tsx';
import './dialogs.css';

/** What guards the work on its way in: share links, other tabs (dropped files: FileDropOverlay, in the shell). */
export function IoDialogs() {
  return (
    <>
      <ShareOfferDialog />
      <TabConflictDialog />
    </>
  );
}

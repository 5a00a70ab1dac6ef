import { FileDropOverlay } from './FileDropOverlay.tsx';
import { ShareOfferDialog } from './ShareOfferDialog.tsx';
import { TabConflictDialog } from './TabConflictDialog.tsx';
import './dialogs.css';

/** Everything that guards the work on its way in: dropped files, share links, other tabs. */
export function IoDialogs() {
  return (
    <>
      <FileDropOverlay />
      <ShareOfferDialog />
      <TabConflictDialog />
    </>
  );
}

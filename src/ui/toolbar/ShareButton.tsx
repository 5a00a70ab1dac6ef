import { flushEditor } from '../../app/editorBridge.ts';
import { encodeShareFragment } from '../../app/shareLink.ts';
import { useStudioStore } from '../state/StudioContext.tsx';

/** Copies a link carrying the config (and layout) in the URL fragment, which servers never see. */
export function ShareButton() {
  const store = useStudioStore();
  const onClick = async () => {
    flushEditor(); // the link must carry what the editor shows, typed a moment ago included
    const { text, positions, showNotice } = store.getState();
    const fragment = await encodeShareFragment({ text, positions });
    const url = `${location.origin}${location.pathname}#${fragment}`;
    try {
      await navigator.clipboard.writeText(url);
      showNotice('info', 'Share link copied to the clipboard.');
    } catch {
      showNotice('info', `Share link: ${url}`);
    }
  };
  return (
    <button type="button" data-testid="share-link" onClick={onClick} title="Copy a link that opens this config">
      Share link
    </button>
  );
}

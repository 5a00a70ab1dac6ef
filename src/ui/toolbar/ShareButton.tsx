import { useStudioObject } from '../state/StudioContext.tsx';
import { loadShareLink, sessionOf } from '../../app/index.ts';

/** Copies a link carrying the config (and layout) in the URL fragment, which servers never see. */
export function ShareButton() {
  const studio = useStudioObject();
  const onClick = async () => {
    const files = studio.files();
    const { positions, showNotice } = studio.store.getState();
    const { encodeShareFragment } = await loadShareLink(); // loads on first use
    // the whole build: every file, in order, and the layout
    const encoded = await encodeShareFragment(sessionOf(files, positions));
    if (!encoded.ok) {
      showNotice('error', encoded.reason);
      return;
    }
    const url = `${location.origin}${location.pathname}#${encoded.fragment}`;
    try {
      await navigator.clipboard.writeText(url);
      const what = files.length > 1 ? `these ${files.length} files, in this order, and their layout` : 'this config and layout';
      showNotice('info', `Share link copied to the clipboard. Whoever opens it gets ${what}.`);
    } catch {
      showNotice('info', `Share link (copy it from here): ${url}`);
    }
  };
  return (
    <button type="button" data-testid="share-link" onClick={onClick} title="Copy a link that opens this config">
      Share link
    </button>
  );
}

import { downloadBlob, downloadText, loadPicture } from '../../app/index.ts';
import { useStudio, useStudioObject } from '../state/StudioContext.tsx';
import { useToolbarMenu } from './useToolbarMenu.ts';

/** More ways out: keep the layout in the file, copy the YAML, a picture of the whole graph. */
export function ExportMenu({ onCopy, onZip }: { onCopy: () => void; onZip: (() => void) | null }) {
  const studio = useStudioObject();
  const { store } = studio;
  const { menu, close, onToggle } = useToolbarMenu();
  const keepLayout = useStudio((s) => s.flags.keepLayout);
  // in a build of several files the copy is of the file shown
  const copyWhat = useStudio((s) => (s.files.length > 1 ? s.active : 'YAML'));
  const setKeepLayout = (on: boolean) => store.getState().setFlag('keepLayout', on);
  // the picture code loads on first use: it is not needed to show the graph
  const picture = async () => {
    const files = studio.files();
    const { graphPicture, pictureToPng } = await loadPicture();
    return { image: graphPicture(studio.views, files, store.getState().positions), pictureToPng };
  };
  const svg = async () => {
    close();
    downloadText('linuxkit-graph.svg', (await picture()).image.svg, 'image/svg+xml');
  };
  const copy = () => {
    close();
    onCopy();
  };
  const png = async () => {
    close();
    try {
      const { image, pictureToPng } = await picture();
      downloadBlob('linuxkit-graph.png', await pictureToPng(image));
    } catch (e) {
      store.getState().showNotice('error', `Could not make the PNG: ${(e as Error).message}`);
    }
  };
  return (
    <details className="menu" ref={menu} onToggle={onToggle}>
      <summary data-testid="export-menu" title="More export options" aria-label="More export options">
        ▾
      </summary>
      <div className="menu-items" role="menu">
        <label className="menu-check" title="Append node positions as one trailing YAML comment block (LinuxKit ignores comments)">
          <input type="checkbox" data-testid="export-keep-layout" checked={keepLayout} onChange={(e) => setKeepLayout(e.target.checked)} />
          Keep layout in the file
        </label>
        {onZip && (
          <button
            type="button"
            role="menuitem"
            data-testid="export-zip"
            onClick={() => {
              close();
              onZip();
            }}
          >
            All files as one .zip
          </button>
        )}
        <button type="button" role="menuitem" data-testid="copy-yaml" onClick={copy}>
          Copy {copyWhat} to clipboard
        </button>
        <button type="button" role="menuitem" data-testid="export-svg" onClick={svg}>
          Picture of the graph (SVG)
        </button>
        <button type="button" role="menuitem" data-testid="export-png" onClick={png}>
          Picture of the graph (PNG)
        </button>
      </div>
    </details>
  );
}

import { useEffect, useRef } from 'react';
import { downloadBlob, downloadText, loadPicture } from '../../app/index.ts';
import { useStudio, useStudioObject } from '../state/StudioContext.tsx';

/** More ways out: keep the layout in the file, copy the YAML, a picture of the whole graph. */
export function ExportMenu({ onCopy }: { onCopy: () => void }) {
  const studio = useStudioObject();
  const { store } = studio;
  const menu = useRef<HTMLDetailsElement>(null);
  const keepLayout = useStudio((s) => s.flags.keepLayout);
  const setKeepLayout = (on: boolean) => store.getState().setFlag('keepLayout', on);
  const close = () => menu.current?.removeAttribute('open');
  useEffect(() => {
    const outside = (e: PointerEvent) => {
      if (menu.current && !menu.current.contains(e.target as Node)) close();
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, []);
  // the picture code loads on first use: it is not needed to show the graph
  const picture = async () => {
    const text = studio.text();
    const { graphPicture, pictureToPng } = await loadPicture();
    return { image: graphPicture(studio.views, text, store.getState().positions), pictureToPng };
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
    <details className="menu" ref={menu}>
      <summary data-testid="export-menu" title="More export options" aria-label="More export options">
        ▾
      </summary>
      <div className="menu-items" role="menu">
        <label className="menu-check" title="Append node positions as one trailing YAML comment block (LinuxKit ignores comments)">
          <input type="checkbox" data-testid="export-keep-layout" checked={keepLayout} onChange={(e) => setKeepLayout(e.target.checked)} />
          Keep layout in the file
        </label>
        <button type="button" role="menuitem" data-testid="copy-yaml" onClick={copy}>
          Copy YAML to clipboard
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

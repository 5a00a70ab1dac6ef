import { useEffect, useState } from 'react';
import { useStudioStore } from '../state/StudioContext.tsx';
import { loadOpenFile } from '../../app/index.ts';
import './fileDrop.css';

const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/**
 * A file dropped anywhere on the window opens (palette drags carry no files and pass by).
 * Listens in the capture phase so that neither the editor nor the canvas takes the file.
 * Part of the first render, so a file dropped at once is not missed; the reading code loads at the drop.
 */
export function FileDropOverlay() {
  const store = useStudioStore();
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setOver(true);
    };
    const leave = (e: DragEvent) => {
      if (hasFiles(e) && --depth <= 0) {
        depth = 0;
        setOver(false);
      }
    };
    const overHandler = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.stopPropagation();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.stopPropagation();
      depth = 0;
      setOver(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      // several files dropped together open as one build, in the order the browser lists them
      if (files.length > 0) void loadOpenFile().then(({ openConfigFiles }) => openConfigFiles(store, files));
    };
    const listeners = [['dragenter', enter], ['dragleave', leave], ['dragover', overHandler], ['drop', drop]] as const;
    for (const [type, fn] of listeners) window.addEventListener(type, fn, true);
    return () => {
      for (const [type, fn] of listeners) window.removeEventListener(type, fn, true);
    };
  }, [store]);
  if (!over) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <div>Drop a LinuxKit .yml file to open it (several open as one build)</div>
    </div>
  );
}

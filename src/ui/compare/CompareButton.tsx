import { lazy, Suspense, useRef, useState } from 'react';
import { activeText, loadOpenFile, type CompareBase } from '../../app/index.ts';
import { useStudioObject } from '../state/StudioContext.tsx';
import { useToolbarMenu } from '../toolbar/useToolbarMenu.ts';
import { YamlFileInput } from '../toolbar/YamlFileInput.tsx';
import './compare.css';

// the comparison (Monaco's diff editor, a second graph) loads on first use
const ComparePanel = lazy(() => import('./ComparePanel.tsx'));

/** "Compare with…": a file, or the text this page opened with. The text itself is never changed. */
export function CompareButton() {
  const studio = useStudioObject();
  const { store } = studio;
  // the version the page opened with: this button mounts once, with the app
  // read in render: the store's text (studio.text() may take the editor's typing, a change of state)
  const [opened] = useState(() => activeText(store.getState()));
  const [base, setBase] = useState<CompareBase | null>(null);
  const { menu, close, onToggle } = useToolbarMenu();
  const input = useRef<HTMLInputElement>(null);
  const open = (next: CompareBase) => {
    close();
    studio.text(); // compare with what the editor shows: its typing still held back reaches the store
    setBase(next);
  };
  const onFile = async (file: File) => {
    const { readConfigFile } = await loadOpenFile();
    const read = await readConfigFile(file);
    if (read.ok) open({ name: file.name, text: read.text });
    else store.getState().showNotice('error', read.reason);
  };
  return (
    <>
      <details className="compare-menu" ref={menu} onToggle={onToggle}>
        <summary data-testid="compare-with" title="Compare the config with a file or with the version this page opened with">
          Compare with…
        </summary>
        <div className="compare-menu-items" role="menu">
          <button type="button" role="menuitem" data-testid="compare-file" onClick={() => input.current?.click()}>
            A file…
          </button>
          <button type="button" role="menuitem" data-testid="compare-opened" onClick={() => open({ name: 'the version this page opened with', text: opened })}>
            The version this page opened with
          </button>
        </div>
      </details>
      <YamlFileInput ref={input} testId="compare-file-input" label="Compare with a YAML file" onFiles={([file]) => void onFile(file)} />
      {base && (
        <Suspense fallback={null}>
          <ComparePanel base={base} onClose={() => setBase(null)} />
        </Suspense>
      )}
    </>
  );
}

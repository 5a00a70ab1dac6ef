import { useRef, type ChangeEvent } from 'react';
import { useStudioStore } from '../state/StudioContext.tsx';

/** Opens a .yml/.yaml file; the text replaces the current one as one undoable edit. */
export function OpenFileButton() {
  const store = useStudioStore();
  const input = useRef<HTMLInputElement>(null);
  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const { openConfigFile } = await import('../../app/openFile.ts'); // loads on first use
    await openConfigFile(store, file);
  };
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} title="Open a LinuxKit YAML file (or drop one anywhere on the window)">
        Open…
      </button>
      <input
        ref={input}
        type="file"
        accept=".yml,.yaml,application/yaml,text/yaml"
        data-testid="open-file-input"
        className="sr-only"
        tabIndex={-1}
        aria-label="Open a YAML file"
        onChange={onChange}
      />
    </>
  );
}

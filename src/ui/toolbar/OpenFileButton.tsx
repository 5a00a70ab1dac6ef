import { useRef } from 'react';
import { useStudioStore } from '../state/StudioContext.tsx';
import { YamlFileInput } from './YamlFileInput.tsx';
import { loadOpenFile } from '../../app/index.ts';

/** Opens a .yml/.yaml file; the text replaces the current one as one undoable edit. */
export function OpenFileButton() {
  const store = useStudioStore();
  const input = useRef<HTMLInputElement>(null);
  const onFile = async (file: File) => {
    const { openConfigFile } = await loadOpenFile(); // loads on first use
    await openConfigFile(store, file);
  };
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} title="Open a LinuxKit YAML file (or drop one anywhere on the window)">
        Open…
      </button>
      <YamlFileInput ref={input} testId="open-file-input" label="Open a YAML file" onFile={(file) => void onFile(file)} />
    </>
  );
}

import { useRef } from 'react';
import { useStudioStore } from '../state/StudioContext.tsx';
import { YamlFileInput } from './YamlFileInput.tsx';
import { loadOpenFile } from '../../app/index.ts';

/**
 * Opens .yml/.yaml files: one replaces the current text as one undoable edit; several chosen
 * together open as one build, in the order chosen (`linuxkit build a.yml b.yml`).
 */
export function OpenFileButton() {
  const store = useStudioStore();
  const input = useRef<HTMLInputElement>(null);
  const onFiles = async (files: File[]) => {
    const { openConfigFiles } = await loadOpenFile(); // loads on first use
    await openConfigFiles(store, files);
  };
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} title="Open a LinuxKit YAML file, or several as one build (or drop them anywhere on the window)">
        Open…
      </button>
      <YamlFileInput ref={input} testId="open-file-input" label="Open YAML files" multiple onFiles={(files) => void onFiles(files)} />
    </>
  );
}

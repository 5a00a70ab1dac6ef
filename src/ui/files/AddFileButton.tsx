import { useRef } from 'react';
import { loadOpenFile } from '../../app/index.ts';
import { useStudioStore } from '../state/StudioContext.tsx';
import { YamlFileInput } from '../toolbar/YamlFileInput.tsx';

/** Adds YAML files at the end of the build, as `linuxkit build base.yml extra.yml` takes them. */
export function AddFileButton() {
  const store = useStudioStore();
  const input = useRef<HTMLInputElement>(null);
  const onFiles = async (files: File[]) => {
    const { openConfigFiles } = await loadOpenFile(); // loads on first use
    await openConfigFiles(store, files, { add: true });
  };
  return (
    <>
      <button
        type="button"
        className="add-file"
        data-testid="add-file"
        onClick={() => input.current?.click()}
        title="Add YAML files to this build: LinuxKit merges them after the ones open now (linuxkit build a.yml b.yml)"
      >
        + Add file
      </button>
      <YamlFileInput ref={input} testId="add-file-input" label="Add YAML files to the build" multiple onFiles={(files) => void onFiles(files)} />
    </>
  );
}

import type { ChangeEvent, Ref } from 'react';

interface Props {
  ref: Ref<HTMLInputElement>;
  testId: string;
  label: string;
  /** The picked files (one unless `multiple`), in the order chosen; the input is cleared first, so picking the same file again works. */
  onFiles(files: File[]): void;
  multiple?: boolean;
}

/** The hidden file picker behind a toolbar button (the button clicks it): YAML files only. */
export function YamlFileInput({ ref, testId, label, onFiles, multiple = false }: Props) {
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    e.target.value = '';
    if (files.length > 0) onFiles(files);
  };
  return (
    <input
      ref={ref}
      type="file"
      accept=".yml,.yaml,application/yaml,text/yaml"
      multiple={multiple}
      data-testid={testId}
      className="sr-only"
      tabIndex={-1}
      aria-label={label}
      onChange={onChange}
    />
  );
}

import type { ChangeEvent, Ref } from 'react';

interface Props {
  ref: Ref<HTMLInputElement>;
  testId: string;
  label: string;
  /** The picked file; the input is cleared first, so picking the same file again works. */
  onFile(file: File): void;
}

/** The hidden file picker behind a toolbar button (the button clicks it): YAML files only. */
export function YamlFileInput({ ref, testId, label, onFile }: Props) {
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) onFile(file);
  };
  return <input ref={ref} type="file" accept=".yml,.yaml,application/yaml,text/yaml" data-testid={testId} className="sr-only" tabIndex={-1} aria-label={label} onChange={onChange} />;
}

import { useId, useState, type KeyboardEvent } from 'react';
import type { DispatchResult } from '../../app/index.ts';
import type { Diagnostic } from '../../core/diagnostics/types.ts';
import { FieldFrame, problemAria } from './FieldFrame.tsx';

export interface TextFieldProps {
  label: string;
  testId: string;
  value: string;
  /** Writes the text; null means there was nothing to write. */
  onCommit(text: string): DispatchResult | null;
  problems?: readonly Diagnostic[];
  readOnly?: boolean;
  suggestions?: readonly string[];
  placeholder?: string;
  hint?: string;
}

/**
 * A text input that writes on Enter or blur (not per keystroke); Escape reverts.
 * A refused write keeps the typed text and shows why.
 */
export function TextField({ label, testId, value, onCommit, problems = [], readOnly, suggestions, placeholder, hint }: TextFieldProps) {
  const inputId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  // the text that was refused and why: blurring again does not retry the same text
  const [refused, setRefused] = useState<{ text: string; reason: string } | null>(null);
  const refusal = refused?.reason ?? null;

  const commit = () => {
    if (draft === null || readOnly || draft === refused?.text) return;
    const result = draft === value ? null : onCommit(draft);
    if (result && !result.ok) {
      setRefused({ text: draft, reason: result.reason });
      return;
    }
    setDraft(null);
    setRefused(null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape' && (draft !== null || refusal !== null)) {
      e.preventDefault();
      e.stopPropagation();
      setDraft(null);
      setRefused(null);
    }
  };

  const listId = suggestions && suggestions.length > 0 ? `${inputId}-suggestions` : undefined;
  return (
    <FieldFrame inputId={inputId} label={label} problems={problems} refusal={refusal} hint={hint}>
      <input
        id={inputId}
        type="text"
        className="field-input"
        data-testid={testId}
        value={draft ?? value}
        readOnly={readOnly}
        placeholder={placeholder}
        list={listId}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
        {...problemAria(inputId, problems, refusal)}
      />
      {listId && (
        <datalist id={listId}>
          {suggestions?.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
    </FieldFrame>
  );
}

import { useId, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { DispatchResult } from '../../app/index.ts';
import type { Diagnostic } from '../../core/diagnostics/types.ts';
import { problemsInside, worstSeverity } from './fieldProblems.ts';
import { FieldProblem } from './FieldProblem.tsx';
import { listValue, sameList, type ListRow } from './fieldValues.ts';

export interface ListFieldProps {
  label: string;
  /** What one row is, for the add/remove buttons: "argument", "capability", ... */
  itemName: string;
  testId: string;
  rows: readonly ListRow[];
  /** Writes the list (empty rows dropped); null means there was nothing to write. */
  onCommit(values: string[]): DispatchResult | null;
  problems?: readonly Diagnostic[];
  readOnly?: boolean;
  placeholder?: string;
  hint?: string;
}

/**
 * An editable list: one input per row, add and remove buttons. Typing writes nothing until
 * Enter or focus leaves the list; Escape reverts; a refused write keeps the rows as typed.
 */
export function ListField({ label, itemName, testId, rows, onCommit, problems = [], readOnly, placeholder, hint }: ListFieldProps) {
  const baseId = useId();
  const [draft, setDraft] = useState<string[] | null>(null);
  const [refused, setRefused] = useState<{ values: string[]; reason: string } | null>(null);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const current = rows.map((r) => r.value);
  const shown = draft ?? current;

  const commit = (values: string[] = shown) => {
    if (readOnly) return;
    const next = listValue(values) ?? [];
    if (refused && sameList(next, refused.values)) return;
    const result = sameList(next, listValue(current) ?? []) ? null : onCommit(next);
    if (result && !result.ok) {
      setDraft(values);
      setRefused({ values: next, reason: result.reason });
      return;
    }
    setDraft(null);
    setRefused(null);
    setFocusRow(null);
  };

  const revert = () => {
    setDraft(null);
    setRefused(null);
    setFocusRow(null);
  };

  const edit = (index: number, text: string) => setDraft(shown.map((v, i) => (i === index ? text : v)));

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape' && draft !== null) {
      e.preventDefault();
      e.stopPropagation();
      revert();
    }
  };

  // moving between rows and buttons of this list does not write; leaving it does
  const onBlur = (e: FocusEvent<HTMLFieldSetElement>) => {
    if (draft !== null && !e.currentTarget.contains(e.relatedTarget as Node | null)) commit();
  };

  const severity = refused ? 'error' : worstSeverity(problems);
  return (
    <fieldset className={`field list-field${severity ? ` has-${severity}` : ''}`} data-testid={testId} onBlur={onBlur}>
      <legend>{label}</legend>
      {shown.length === 0 && <p className="field-hint">None.</p>}
      <ul className="list-rows">
        {shown.map((value, i) => {
          const rowId = `${baseId}-${i}`;
          const rowSeverity = draft === null ? worstSeverity(problemsInside(problems, rows[i]?.span)) : null;
          return (
            <li key={i} className={`list-row${rowSeverity ? ` has-${rowSeverity}` : ''}`}>
              <label htmlFor={rowId} className="sr-only">{`${label}: ${itemName} ${i + 1}`}</label>
              <input
                id={rowId}
                type="text"
                className="field-input"
                data-testid={`${testId}-item`}
                value={value}
                readOnly={readOnly}
                placeholder={placeholder}
                spellCheck={false}
                autoComplete="off"
                // focus the row the user just added
                autoFocus={focusRow === i}
                onChange={(e) => edit(i, e.target.value)}
                onKeyDown={onKeyDown}
                aria-invalid={rowSeverity === 'error' ? true : undefined}
              />
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove ${itemName} ${i + 1} of ${label}`}
                title="Remove"
                disabled={readOnly}
                onClick={() => commit(shown.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="add-button"
        disabled={readOnly}
        onClick={() => {
          setDraft([...shown, '']);
          setFocusRow(shown.length);
        }}
      >
        Add {itemName}
      </button>
      {hint && <p className="field-hint">{hint}</p>}
      <FieldProblem id={`${baseId}-problems`} problems={problems} refusal={refused?.reason ?? null} />
    </fieldset>
  );
}

import { useId, useState } from 'react';
import type { DispatchResult } from '../../app/index.ts';
import type { Diagnostic } from '../../core/diagnostics/types.ts';
import { FieldFrame, problemAria } from './FieldFrame.tsx';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  label: string;
  testId: string;
  value: string;
  options: readonly SelectOption[];
  onCommit(value: string): DispatchResult | null;
  problems?: readonly Diagnostic[];
  disabled?: boolean;
  hint?: string;
}

/** A select that writes on change; a refused choice stays selected, with the reason. */
export function SelectField({ label, testId, value, options, onCommit, problems = [], disabled, hint }: SelectFieldProps) {
  const inputId = useId();
  const [refused, setRefused] = useState<{ value: string; reason: string } | null>(null);
  const shown = refused?.value ?? value;
  // a value written in the YAML that is not an option (e.g. `format: squashfs`) is still shown
  const all = options.some((o) => o.value === value) ? options : [...options, { value, label: `${value} (invalid)` }];
  return (
    <FieldFrame inputId={inputId} label={label} problems={problems} refusal={refused?.reason ?? null} hint={hint}>
      <select
        id={inputId}
        className="field-input"
        data-testid={testId}
        value={shown}
        disabled={disabled}
        onChange={(e) => {
          const next = e.target.value;
          const result = next === value ? null : onCommit(next);
          setRefused(result && !result.ok ? { value: next, reason: result.reason } : null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && refused) {
            e.stopPropagation();
            setRefused(null);
          }
        }}
        {...problemAria(inputId, problems, refused?.reason ?? null)}
      >
        {all.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

import { useId, useState } from 'react';
import type { DispatchResult } from '../../app/index.ts';
import type { Diagnostic } from '../../core/diagnostics/types.ts';
import { FieldFrame, problemAria } from './FieldFrame.tsx';

export interface CheckboxFieldProps {
  label: string;
  testId: string;
  checked: boolean;
  onCommit(checked: boolean): DispatchResult | null;
  problems?: readonly Diagnostic[];
  disabled?: boolean;
  hint?: string;
}

/** A checkbox that writes when toggled; a refusal is shown beside it. */
export function CheckboxField({ label, testId, checked, onCommit, problems = [], disabled, hint }: CheckboxFieldProps) {
  const inputId = useId();
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <FieldFrame inputId={inputId} label={label} problems={problems} refusal={refusal} hint={hint} inline>
      <input
        id={inputId}
        type="checkbox"
        data-testid={testId}
        checked={checked}
        disabled={disabled}
        onChange={(e) => {
          const result = onCommit(e.target.checked);
          setRefusal(result && !result.ok ? result.reason : null);
        }}
        {...problemAria(inputId, problems, refusal)}
      />
    </FieldFrame>
  );
}

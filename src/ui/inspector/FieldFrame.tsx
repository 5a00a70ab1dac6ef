import type { ReactNode } from 'react';
import type { Diagnostic } from '../../core/diagnostics/types.ts';
import { worstSeverity } from './fieldProblems.ts';
import { FieldProblem } from './FieldProblem.tsx';

interface FieldFrameProps {
  inputId: string;
  label: string;
  problems: readonly Diagnostic[];
  refusal: string | null;
  hint?: string;
  /** Checkboxes put their label after the box. */
  inline?: boolean;
  children: ReactNode;
}

/** The frame every field shares: label, input, hint, and its problems (border colour by severity). */
export function FieldFrame({ inputId, label, problems, refusal, hint, inline, children }: FieldFrameProps) {
  const severity = refusal ? 'error' : worstSeverity(problems);
  const className = ['field', inline ? 'field-inline' : '', severity ? `has-${severity}` : ''].filter(Boolean).join(' ');
  return (
    <div className={className}>
      {inline ? (
        <div className="field-inline-row">
          {children}
          <label htmlFor={inputId}>{label}</label>
        </div>
      ) : (
        <>
          <label htmlFor={inputId}>{label}</label>
          {children}
        </>
      )}
      {hint && <p className="field-hint">{hint}</p>}
      <FieldProblem id={`${inputId}-problems`} problems={problems} refusal={refusal} />
    </div>
  );
}

/** aria-describedby / aria-invalid for an input with these problems. */
export function problemAria(inputId: string, problems: readonly Diagnostic[], refusal: string | null) {
  const has = problems.length > 0 || refusal !== null;
  return {
    'aria-describedby': has ? `${inputId}-problems` : undefined,
    'aria-invalid': refusal !== null || problems.some((d) => d.severity === 'error') ? true : undefined,
  };
}

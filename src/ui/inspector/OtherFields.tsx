import type { Field } from '../../core/model/types.ts';
import { summary } from './fieldValues.ts';

/** A read-only summary of the keys the inspector has no editor for. */
export function OtherFields({ fields, handled }: { fields: Record<string, Field>; handled: ReadonlySet<string> }) {
  const others = Object.values(fields).filter((f) => !handled.has(f.key));
  if (others.length === 0) return null;
  return (
    <section className="other-fields" aria-label="Other fields">
      <h3>Other fields</h3>
      <dl data-testid="other-fields">
        {others.map((f) => (
          <div key={f.key} className="other-field">
            <dt>{f.key}</dt>
            <dd title={summary(f.value, 400)}>{summary(f.value)}</dd>
          </div>
        ))}
      </dl>
      <p className="field-hint">Edit these in the YAML editor.</p>
    </section>
  );
}

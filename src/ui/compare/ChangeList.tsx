import { describeChange } from '../../core/diff/describe.ts';
import type { ElementChange } from '../../core/diff/types.ts';

/** The same meaning-first list as `linuxkit-studio diff`: what widens access first, then the rest. */
export function ChangeList({ changes }: { changes: readonly ElementChange[] }) {
  if (changes.length === 0) {
    return <p className="compare-empty">No changes: formatting, comments and key order are not changes.</p>;
  }
  return (
    <ul className="compare-change-list">
      {changes.map((c) => (
        <li
          key={`${c.change}:${c.id}`}
          className={`compare-change change-${c.change}${c.notes.length > 0 ? ' is-notable' : ''}`}
          data-testid="compare-change"
          data-id={c.id}
          data-change={c.change}
        >
          <span className="compare-change-kind">{c.change}</span>
          <span className="compare-change-text">{describeChange(c)}</span>
          <code className="compare-change-id">{c.id}</code>
        </li>
      ))}
    </ul>
  );
}

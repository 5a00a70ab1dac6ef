import { describeChange } from '../../core/diff/describe.ts';
import type { ElementChange } from '../../core/diff/types.ts';

/**
 * The same meaning-first list as `linuxkit-studio diff`: what widens access first, then the rest.
 * Each change is a button: it shows the change in the text diff and marks it in the graph.
 */
export function ChangeList({ changes, focused, onFocus }: { changes: readonly ElementChange[]; focused: ElementChange | null; onFocus: (c: ElementChange) => void }) {
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
          <button type="button" className="compare-change-button" aria-pressed={c === focused} onClick={() => onFocus(c)} title="Show this change in the text and the graph">
            <span className="compare-change-kind">{c.change}</span>
            <span className="compare-change-text">{describeChange(c)}</span>
            <code className="compare-change-id">{c.id}</code>
          </button>
        </li>
      ))}
    </ul>
  );
}

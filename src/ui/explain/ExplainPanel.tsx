import { explain } from '../../app/explain/explain.ts';
import { explainProblems } from '../../app/explain/problems.ts';
import { useStudio } from '../state/StudioContext.tsx';
import { useInspectedView } from '../state/useInspectedView.ts';
import { useExplainMode } from './explainMode.ts';
import { InlineCode } from './InlineCode.tsx';
import { CatchUpButton } from '../inspector/CatchUpButton.tsx';
import './explain.css';

/** Beside the inspector: what LinuxKit does with the selected volume or mount, at build and at run time. */
export function ExplainPanel() {
  const on = useExplainMode((s) => s.on);
  const toggle = useExplainMode((s) => s.toggle);
  const selection = useStudio((s) => s.selection);
  const { view, catchUp } = useInspectedView(on && selection.length === 1);
  const { analysis } = view;
  if (!on) return null;
  const about = selection.length === 1 ? explain(analysis.parsed.model, selection[0]) : null;
  const problems = selection.length === 1 ? explainProblems(analysis.diagnostics, selection[0]) : [];
  // an element without an explanation of its own (a container) is still explained through its problems
  const explanation =
    about || problems.length > 0 ? { title: about?.title ?? `Problems of \`${selection[0]}\``, parts: [...(about?.parts ?? []), ...problems] } : null;
  return (
    <section className="explain" data-testid="explain" aria-label="Explanation">
      <header className="explain-header">
        <h2>{explanation ? <InlineCode text={explanation.title} /> : 'Explain'}</h2>
        <button type="button" onClick={toggle} aria-label="Close explain mode">
          ×
        </button>
      </header>
      {catchUp && selection.length === 1 ? (
        <p className="muted" data-testid="explain-catch-up">
          This config is very large: explaining it needs a full analysis on the page, which holds it for a few seconds. <CatchUpButton catchUp={catchUp} />
        </p>
      ) : explanation ? (
        <dl>
          {explanation.parts.map((p) => (
            <div key={p.heading} data-testid="explain-part">
              <dt>{p.heading}</dt>
              <dd>
                <InlineCode text={p.text} />
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="explain-hint">Select a volume, or the edge of a mount, to see what happens to it when the image is built and when the system runs.</p>
      )}
    </section>
  );
}

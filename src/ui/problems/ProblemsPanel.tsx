import { lazy, Suspense, useMemo, useState } from 'react';
import { applyQuickFix, revealDiagnostic } from '../../app/index.ts';
import { useStudio, useStudioObject } from '../state/StudioContext.tsx';
import { useShownView } from '../state/useShownView.ts';
import { ShowMore } from '../ShowMore.tsx';
import './problems.css';

/** What the all-clear vouches for: LinuxKit's own checks, with image defaults known only for its packages. */
const ALL_CLEAR =
  'No problems: `linuxkit build` would accept this config. Checked: every rule LinuxKit applies to the YAML, before and during the build, and the defaults of LinuxKit\'s own packages (linuxkit/…); other images are assumed to carry no LinuxKit label.';

// the texts of every code (about 5 KiB gzip) load after the first paint, not with the app
const ProblemWhy = lazy(() => import('./ProblemWhy.tsx'));

/** Problems drawn at a time: a config of 67,000 services has as many notes. */
const PAGE = 200;

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** "1 error", "2 errors". */
function counted(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/**
 * Every diagnostic, errors first, then by file and position, with counts; clicking one reveals it
 * (in its file) and selects its element. In a build of several files each says its file.
 */
export function ProblemsPanel() {
  const studio = useStudioObject();
  const view = useShownView();
  const { pending } = view;
  // an open still being read: what the list holds is the previous config's
  const opening = useStudio((s) => s.change.origin === 'load') && pending;
  const several = view.files.length > 1;
  // each file's analysis sorts by position; a stable sort by severity keeps that order within each
  const diagnostics = useMemo(
    () =>
      view.files
        .flatMap((file) => file.diagnostics.map((d) => ({ d, file })))
        .sort((a, b) => SEVERITY_RANK[a.d.severity] - SEVERITY_RANK[b.d.severity]),
    [view.files],
  );
  const [limit, setLimit] = useState(PAGE);
  const shown = diagnostics.length > limit ? diagnostics.slice(0, limit) : diagnostics;
  const count = (s: string) => diagnostics.filter(({ d }) => d.severity === s).length;
  return (
    <section className="problems" aria-label="Problems" aria-busy={pending}>
      <header className="problems-header">
        <h2>Problems</h2>
        {!opening && (
          <>
            <span className="count count-error">{counted(count('error'), 'error', 'errors')}</span>
            <span className="count count-warning">{counted(count('warning'), 'warning', 'warnings')}</span>
            <span className="count count-info">{counted(count('info'), 'note', 'notes')}</span>
          </>
        )}
      </header>
      <ul data-testid="problems" className="problems-list">
        {opening && (
          <li className="problems-empty" data-testid="problems-checking">
            Checking the config in the background…
          </li>
        )}
        {!opening && diagnostics.length === 0 && (
          <li className="problems-empty" data-testid="problems-all-clear">
            {ALL_CLEAR}
          </li>
        )}
        {!opening && shown.map(({ d, file }, i) => {
          const at = file.lineIndex.position(d.span.start);
          return (
            <li
              key={`${file.name}:${d.code}:${d.span.start}:${i}`}
              data-testid="problem"
              data-code={d.code}
              data-severity={d.severity}
              data-file={several ? file.name : undefined}
              className="problem-entry"
            >
              <button type="button" className="problem" onClick={() => revealDiagnostic(studio, file.name, d)}>
                <span className={`sev sev-${d.severity}`}>{d.severity}</span>
                <span className="problem-message">{d.message}</span>
                <span className="problem-where">
                  {d.code} · {several ? `${file.name}, ` : ''}line {at.line}:{at.column}
                </span>
              </button>
              <Suspense fallback={null}>
                <ProblemWhy code={d.code} />
              </Suspense>
              {d.fixes && d.fixes.length > 0 && (
                <span className="problem-fixes">
                  {d.fixes.map((fix) => (
                    <button
                      key={fix.title}
                      type="button"
                      className="quick-fix"
                      data-testid="quick-fix"
                      title={`Quick fix: ${fix.title}`}
                      onClick={() => applyQuickFix(studio, fix, file.name)}
                    >
                      {fix.title}
                    </button>
                  ))}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {!opening && <ShowMore shown={shown.length} total={diagnostics.length} page={PAGE} onMore={() => setLimit((l) => l + PAGE)} what="problems" testId="problems-more" />}
    </section>
  );
}

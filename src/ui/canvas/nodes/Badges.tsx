import type { DiagnosticCounts, ElementDiagnostic } from '../../../core/graph/types.ts';
import { ErrorIcon, InfoIcon, WarningIcon } from '../../icons/Icons.tsx';

/** Error / warning / info counts of a node, with the messages on hover. */
export function Badges({ counts, diagnostics }: { counts: DiagnosticCounts; diagnostics: ElementDiagnostic[] }) {
  if (counts.errors + counts.warnings + counts.infos === 0) return null;
  const tooltip = diagnostics.map((d) => `${d.severity}[${d.code}]: ${d.message}`).join('\n');
  return (
    <span className="badges" title={tooltip}>
      {counts.errors > 0 && (
        <span className="badge badge-error" aria-label={`${counts.errors} error${counts.errors > 1 ? 's' : ''}`}>
          <ErrorIcon width={12} height={12} />
          {counts.errors}
        </span>
      )}
      {counts.warnings > 0 && (
        <span className="badge badge-warning" aria-label={`${counts.warnings} warning${counts.warnings > 1 ? 's' : ''}`}>
          <WarningIcon width={12} height={12} />
          {counts.warnings}
        </span>
      )}
      {counts.infos > 0 && (
        <span className="badge badge-info" aria-label={`${counts.infos} note${counts.infos > 1 ? 's' : ''}`}>
          <InfoIcon width={12} height={12} />
          {counts.infos}
        </span>
      )}
    </span>
  );
}

import type { HiddenMount, RuntimeMount } from '../../core/runtime/types.ts';
import { OriginBadge } from './OriginBadge.tsx';
import { useRevealSpan } from './revealSpan.ts';

const WHOSE = { config: 'an earlier', image: "the image's", linuxkit: "LinuxKit's" } as const;

function hiddenText(h: HiddenMount): string {
  return `${WHOSE[h.origin]} ${h.type}${h.source !== h.type ? ` of ${h.source}` : ''}`;
}

/** The container's mounts as LinuxKit sorts them; the file's own rows jump to their line. */
export function RuntimeMounts({ mounts, canJump }: { mounts: readonly RuntimeMount[]; canJump: boolean }) {
  const revealSpan = useRevealSpan();
  return (
    <ul className="runtime-mounts" aria-label="Runtime mounts">
      {mounts.map((m) => {
        const own = m.origin === 'config' && m.span !== undefined;
        const body = (
          <>
            <span className="runtime-mount-head">
              <span className="mono runtime-destination">{m.destination}</span>
              <OriginBadge origin={m.origin} />
            </span>
            <span className="runtime-mount-detail mono">
              {m.type} {m.volume !== undefined ? <span title={m.source}>volume {m.volume}</span> : m.source}
              {m.options.length > 0 && <span className="runtime-options"> · {m.options.join(',')}</span>}
            </span>
            {m.replaced.length > 0 && (
              <span className="runtime-replaced">
                replaces {m.replaced.map(hiddenText).join(', ')}
              </span>
            )}
          </>
        );
        return (
          <li key={m.destination} data-testid="runtime-mount" data-destination={m.destination} data-origin={m.origin} className={`runtime-mount origin-row-${m.origin}`}>
            {own && canJump ? (
              <button type="button" className="runtime-row-button" title="Show this line in the editor" onClick={() => m.span && revealSpan(m.span)}>
                {body}
              </button>
            ) : (
              <div className="runtime-row">{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

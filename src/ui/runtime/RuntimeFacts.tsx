import type { ReactNode } from 'react';
import { KNOWN_CAPABILITIES } from '../../core/validate/rules/containers/knownCapabilities.ts';
import { NAMESPACES, type ContainerRuntime, type RuntimeId, type Traced } from '../../core/runtime/types.ts';
import { OriginBadge } from './OriginBadge.tsx';
import { useRevealSpan } from './revealSpan.ts';

function idText(t: Traced<RuntimeId>): string {
  const { id, name } = t.value;
  const n = id === null ? '?' : String(id);
  return name !== undefined && name !== String(id) ? `${n} (${name || '""'})` : n;
}

/** A fact row: the file's own value jumps to its line in the editor. */
function Fact({ label, origin, span, canJump, children }: { label: string; origin: Traced<unknown>['origin']; span?: Traced<unknown>['span']; canJump: boolean; children: ReactNode }) {
  const revealSpan = useRevealSpan();
  const jump = origin === 'config' && span && canJump;
  return (
    <div className={`runtime-fact origin-row-${origin}`} data-testid="runtime-fact" data-fact={label}>
      <dt>{label}</dt>
      <dd>
        {jump ? (
          <button type="button" className="link-button mono" title="Show this line in the editor" onClick={() => revealSpan(span)}>
            {children}
          </button>
        ) : (
          <span className="mono">{children}</span>
        )}
        <OriginBadge origin={origin} />
      </dd>
    </div>
  );
}

/** User, capabilities, namespaces, root filesystem and command of one container's runtime. */
export function RuntimeFacts({ runtime: r, canJump }: { runtime: ContainerRuntime; canJump: boolean }) {
  const revealSpan = useRevealSpan();
  const caps = r.capabilities;
  const all = caps.length === KNOWN_CAPABILITIES.length;
  const capOrigin = caps[0]?.origin ?? 'linuxkit';
  const groups = r.additionalGids.value.length ? ` · groups ${r.additionalGids.value.map((g) => (g.id === null ? '?' : g.id)).join(', ')}` : '';
  const fromImage = 'set by the image (known at build time)';
  return (
    <dl className="runtime-facts">
      <Fact label="user" origin={r.uid.origin === 'config' || r.gid.origin === 'config' ? 'config' : r.uid.origin} span={r.uid.span ?? r.gid.span} canJump={canJump}>
        uid {idText(r.uid)} · gid {idText(r.gid)}
        {groups}
      </Fact>
      <div className={`runtime-fact origin-row-${capOrigin}`} data-testid="runtime-fact" data-fact="capabilities">
        <dt>capabilities</dt>
        <dd>
          {caps.length === 0 ? (
            <span className="runtime-none">none — even as root, the process holds no capability</span>
          ) : all ? (
            <span className="mono" title={caps.map((c) => c.name).join('\n')}>
              all {caps.length}
            </span>
          ) : (
            <ul className="runtime-caps">
              {caps.map((c) => (
                <li key={c.name} className={`runtime-cap origin-row-${c.origin}`}>
                  {c.origin === 'config' && c.span && canJump ? (
                    <button type="button" className="link-button mono" title="Show this line in the editor" onClick={() => c.span && revealSpan(c.span)}>
                      {c.name}
                    </button>
                  ) : (
                    <span className="mono" title={c.origin === 'image' ? "From the image's label" : undefined}>
                      {c.name}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
          <span className="runtime-cap-origins">
            {[...new Set(caps.map((c) => c.origin))].map((o) => (
              <OriginBadge key={o} origin={o} />
            ))}
            {caps.length === 0 && <OriginBadge origin="linuxkit" />}
          </span>
        </dd>
      </div>
      <div className="runtime-fact" data-testid="runtime-fact" data-fact="namespaces">
        <dt>namespaces</dt>
        <dd>
          <ul className="runtime-namespaces">
            {NAMESPACES.map((k) => {
              const ns = r.namespaces[k];
              return (
                <li key={k} className={`origin-row-${ns.origin}`} title={`${k}: ${ns.value} (${ns.origin === 'config' ? 'this file' : ns.origin === 'image' ? 'image label' : 'LinuxKit default'})`}>
                  <span className="muted">{k}</span> <span className={`mono ns-${ns.value === 'host' ? 'host' : 'new'}`}>{ns.value}</span>
                </li>
              );
            })}
          </ul>
        </dd>
      </div>
      <Fact label="root fs" origin={r.readonlyRootfs.origin} span={r.readonlyRootfs.span} canJump={canJump}>
        {r.readonlyRootfs.value ? 'read-only' : 'read-write'}
      </Fact>
      <Fact label="command" origin={r.args.origin} span={r.args.span} canJump={canJump}>
        {r.args.value ? r.args.value.join(' ') : fromImage}
      </Fact>
    </dl>
  );
}

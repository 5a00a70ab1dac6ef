import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic } from '../../../diagnostics/types.ts';
import type { ContainerModel } from '../../../model/types.ts';
import type { Span } from '../../../text/span.ts';
import type { Rule } from '../../types.ts';
import { effectiveBinds } from './effectiveBinds.ts';
import { bindPartSpan, mountFieldSpan, trimEnd } from './mountSpans.ts';

interface Placed {
  destination: string;
  label: string;
  span: Span;
  mountId?: string;
}

/**
 * Studio-only warning: LinuxKit builds this. It keys a container's mounts by destination, applying
 * tmpfs, then binds, then mounts: a later entry at the same destination silently replaces the
 * earlier one (moby/config.go ConfigToOCI, its `mounts` map).
 */
export const duplicateMountDestination: Rule = ({ text, model }) => {
  const out: Diagnostic[] = [];
  for (const c of model.containers) {
    const first = new Map<string, Placed>();
    for (const p of placedMounts(text, c)) {
      const earlier = first.get(p.destination);
      if (!earlier) {
        first.set(p.destination, p);
        continue;
      }
      out.push(
        diagnostic(
          'duplicate-mount-destination',
          `\`${p.destination}\` is mounted twice in this container: ${earlier.label} is silently replaced by ${p.label}. ` +
            'Remove one of them or change a destination.',
          p.span,
          {
            target: p.mountId ?? c.id,
            fixes: p.mountId ? [{ title: 'Remove this mount', command: { type: 'removeMount', mountId: p.mountId } }] : [],
          },
        ),
      );
      first.set(p.destination, p);
    }
  }
  return out;
};

/** The container's mounts in ConfigToOCI's order, skipping entries LinuxKit would reject outright. */
function placedMounts(text: string, c: ContainerModel): Placed[] {
  const out: Placed[] = [];
  for (const t of c.tmpfsEntries) {
    if (t.parts.parts <= 2) out.push({ destination: t.parts.destination, label: `the tmpfs entry \`${t.value}\``, span: t.span });
  }
  for (const m of effectiveBinds(c)) {
    if (!m.bind || m.bind.parts < 2 || m.bind.parts > 3) continue;
    out.push({ destination: m.destination, label: `the bind \`${m.raw}\``, span: bindPartSpan(text, m, 1), mountId: m.id });
  }
  for (const m of c.mounts) {
    if (m.form !== 'mounts' || m.type === '' || m.destination === '') continue;
    const span = mountFieldSpan(c, m, 'destination') ?? trimEnd(text, m.span);
    out.push({ destination: m.destination, label: `the \`${m.type}\` mount`, span, mountId: m.id });
  }
  return out;
}

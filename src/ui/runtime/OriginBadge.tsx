import type { Origin } from '../../core/runtime/types.ts';

const LABEL: Record<Origin, string> = { config: 'this file', image: 'image', linuxkit: 'LinuxKit' };
const TITLE: Record<Origin, string> = {
  config: 'Set in this file',
  image: "From the image's org.mobyproject.config label (its defaults)",
  linuxkit: "LinuxKit's own default",
};

/** Who set a runtime value: the file, the image's label, or LinuxKit. */
export function OriginBadge({ origin }: { origin: Origin }) {
  return (
    <span className={`origin-badge origin-${origin}`} title={TITLE[origin]}>
      {LABEL[origin]}
    </span>
  );
}

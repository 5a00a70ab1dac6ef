import { NODE_METRICS } from '../../../core/graph/nodeSize.ts';
import type { PackageDefaults } from '../../../core/packages/packageDefaults.ts';

/** What a LinuxKit package image brings by default, set apart from what the file sets. */
export function PackageDefaultsRow({ defaults, replaced }: { defaults: PackageDefaults; replaced: boolean }) {
  const binds = defaults.config.binds ?? [];
  const caps = defaults.config.capabilities ?? [];
  const parts = [
    binds.length > 0 ? `${binds.length} bind${binds.length > 1 ? 's' : ''}` : null,
    caps.length > 0 ? `caps ${caps.length === 1 ? caps[0] : caps.length}` : null,
  ].filter(Boolean);
  const title = [
    `Defaults of ${defaults.image} (from its org.mobyproject.config label):`,
    ...binds.map((b) => `  bind ${b}`),
    ...caps.map((c) => `  capability ${c}`),
    replaced ? '`binds:` in this file replaces the default binds; use `binds.add:` to keep them.' : '',
  ]
    .filter(Boolean)
    .join('\n');
  return (
    <div
      className={`node-row package-defaults${replaced ? ' is-replaced' : ''}`}
      style={{ height: NODE_METRICS.row }}
      title={title}
    >
      <span className="defaults-tag">image defaults</span> {parts.length > 0 ? parts.join(', ') : 'none'}
      {replaced && binds.length > 0 && <span className="defaults-replaced"> · binds replaced</span>}
    </div>
  );
}

import { useMemo } from 'react';
import type { Analysis } from '../../core/analyze.ts';
import type { ContainerModel } from '../../core/model/types.ts';
import { containerRuntime } from '../../core/runtime/containerRuntime.ts';
import { RuntimeFacts } from './RuntimeFacts.tsx';
import { RuntimeMounts } from './RuntimeMounts.tsx';
import './runtime.css';

/** The inspector's "Runtime" view: what LinuxKit will run for the selected container, and who set each part. */
export function RuntimeConfig({ container, analysis, readOnly }: { container: ContainerModel; analysis: Analysis; readOnly: boolean }) {
  const { model } = analysis.parsed;
  const runtime = useMemo(() => containerRuntime(model, container), [model, container]);
  const canJump = !readOnly;
  return (
    <section className="runtime-config" data-testid="runtime-config" data-image-config={runtime.imageConfig} aria-label="Runtime: what LinuxKit will run">
      <h3>Runtime — what LinuxKit will run</h3>
      {runtime.imageConfig === 'assumed-none' ? (
        <p className="runtime-note" data-testid="runtime-assumed-none">
          <span className="mono">{runtime.image || 'This image'}</span> is not a LinuxKit package: its image label is unknown, so it is
          assumed to add nothing (assumed-none). The build reads the real one.
        </p>
      ) : (
        <p className="runtime-legend">
          Rows marked <span className="origin-badge origin-image">image</span> come from the package&apos;s label,{' '}
          <span className="origin-badge origin-linuxkit">LinuxKit</span> from LinuxKit itself; click a{' '}
          <span className="origin-badge origin-config">this file</span> row to see its line.
        </p>
      )}
      {runtime.errors.length > 0 && (
        <ul className="runtime-errors" data-testid="runtime-errors">
          {runtime.errors.map((e, i) => (
            <li key={i}>The build stops here: {e.message}</li>
          ))}
        </ul>
      )}
      <RuntimeFacts runtime={runtime} canJump={canJump} />
      <h3>Mounts, in the order LinuxKit mounts them</h3>
      <RuntimeMounts mounts={runtime.mounts} canJump={canJump} />
    </section>
  );
}

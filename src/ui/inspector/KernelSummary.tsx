import type { KernelModel, StringItem } from '../../core/model/types.ts';

/** The kernel header is not edited here (yet): a read-only summary. */
export function KernelSummary({ kernel, init }: { kernel: KernelModel | undefined; init: readonly StringItem[] }) {
  return (
    <div className="element-editor" data-testid="kernel-inspector">
      <h2>Kernel</h2>
      <dl className="other-fields">
        <div className="other-field">
          <dt>image</dt>
          <dd className="mono">{kernel?.image ?? '(none)'}</dd>
        </div>
        <div className="other-field">
          <dt>cmdline</dt>
          <dd className="mono">{kernel?.cmdline ?? '(none)'}</dd>
        </div>
        <div className="other-field">
          <dt>init</dt>
          <dd className="mono">{init.map((i) => i.value).join(', ') || '(none)'}</dd>
        </div>
      </dl>
      <p className="field-hint">Edit the kernel and init in the YAML editor.</p>
    </div>
  );
}

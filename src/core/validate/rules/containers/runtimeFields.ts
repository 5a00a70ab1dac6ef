import { isMap, isSeq } from 'yaml';
import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic } from '../../../diagnostics/types.ts';
import type { ContainerModel } from '../../../model/types.ts';
import { nodeSpan, readFields } from '../../../model/yamlNodes.ts';
import { LIMITS } from '../../../parse/limits.ts';
import type { Rule } from '../../types.ts';
import { trimEnd } from '../volumes/mountSpans.ts';

/**
 * Studio-only warning: LinuxKit builds this. `runtime.namespace` picks the containerd namespace
 * of a service (pkg/init/cmd/service/cmd.go start, stop); onboot and onshutdown containers run
 * through runc directly (pkg/init/cmd/service/runc.go runcInit), which never reads it.
 */
export const runtimeNamespaceIgnored: Rule = ({ doc, model }) => {
  const out: Diagnostic[] = [];
  if (!doc) return out;
  for (const c of model.containers) {
    if (c.section === 'services') continue;
    const runtime = c.fields.runtime?.node;
    if (!isMap(runtime)) continue;
    const namespace = readFields(doc, runtime, LIMITS.maxAliasCount).namespace;
    if (!namespace) continue;
    out.push(
      diagnostic(
        'runtime-namespace-ignored',
        `\`runtime.namespace\` is used for services only; this ${c.section} container runs outside containerd and LinuxKit ignores it. Remove it, or move the container to \`services\`.`,
        { start: namespace.keySpan.start, end: namespace.valueSpan.end },
        { target: c.id, fixes: [{ title: 'Remove `namespace`', command: { type: 'removeKey', path: [c.section, c.index, 'runtime', 'namespace'] } }] },
      ),
    );
  }
  return out;
};

/**
 * Studio-only warning: LinuxKit builds this; the container fails when it starts. Each
 * `runtime.interfaces` entry needs a `name` ("Interface requires a name"), and `add: veth` needs a
 * `peer` ("Creating a veth pair <name> requires a peer to be set")
 * (pkg/init/cmd/service/prepare.go prepareProcess, run by cmd.go start and runc.go runcInit).
 */
export const runtimeInterfaces: Rule = ({ text, doc, model }) => {
  const out: Diagnostic[] = [];
  if (!doc) return out;
  for (const c of model.containers) {
    const runtime = c.fields.runtime?.node;
    if (!isMap(runtime)) continue;
    const interfaces = readFields(doc, runtime, LIMITS.maxAliasCount).interfaces?.node;
    if (!isSeq(interfaces)) continue;
    interfaces.items.forEach((item) => {
      if (!isMap(item)) return;
      const f = readFields(doc, item, LIMITS.maxAliasCount);
      const str = (k: string) => (typeof f[k]?.value === 'string' ? (f[k].value as string) : '');
      if (str('name') === '') {
        out.push(interfaceWithoutName(c, f.name ? { start: f.name.keySpan.start, end: f.name.valueSpan.end } : trimEnd(text, nodeSpan(item) ?? c.span)));
      } else if (str('add') === 'veth' && str('peer') === '') {
        out.push(
          diagnostic(
            'veth-without-peer',
            `Interface \`${str('name')}\` is \`add: veth\` without a \`peer\`; the container fails to start ("Creating a veth pair requires a peer to be set"). Add \`peer:\` with the name of the end that stays in the root namespace.`,
            f.add.valueSpan,
            { target: c.id },
          ),
        );
      }
    });
  }
  return out;
};

function interfaceWithoutName(c: ContainerModel, span: { start: number; end: number }): Diagnostic {
  return diagnostic(
    'interface-without-name',
    'This `runtime.interfaces` entry has no `name`; the container fails to start ("Interface requires a name"). Give it the name of the interface to move or create, e.g. `name: eth1`.',
    span,
    { target: c.id },
  );
}

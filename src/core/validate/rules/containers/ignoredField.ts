import { isMap, isPair, isSeq, type Node as YamlNode } from 'yaml';
import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic } from '../../../diagnostics/types.ts';
import { keyString, nodeSpan } from '../../../model/yamlNodes.ts';
import type { Rule } from '../../types.ts';

/** Where in a container LinuxKit's decoder drops keys that its schema allows. */
interface Spec {
  drop?: string[];
  into?: Record<string, Spec>;
  each?: Spec;
}

const ID_MAPPINGS: Spec = { each: { drop: ['hostID', 'containerID'] } };
const MOUNTS: Spec = { each: { into: { uidmappings: ID_MAPPINGS, gidmappings: ID_MAPPINGS } } };
const CONTAINER: Spec = {
  into: {
    resources: {
      drop: ['hugepageLimits'],
      into: {
        memory: { drop: ['kernelTCP', 'disableOOMKiller'] },
        cpu: { drop: ['realtimeRuntime', 'realtimePeriod'] },
        blockio: {
          drop: ['leafWeight', 'weightDevice', 'throttleReadBpsDevice', 'throttleWriteBpsDevice', 'throttleReadIOPSDevice', 'throttleWriteIOPSDevice'],
        },
        network: { drop: ['classID'] },
      },
    },
    uidMappings: ID_MAPPINGS,
    gidMappings: ID_MAPPINGS,
    mounts: MOUNTS,
    runtime: { into: { mounts: MOUNTS } },
  },
};

/*
 * Studio-only warning: LinuxKit builds this. NewConfig validates the raw YAML against the schema
 * (moby/schema.go), then decodes it into Go structs with `yaml.Unmarshal` (moby/config.go NewConfig),
 * which drops unknown keys. The OCI runtime-spec types (LinuxResources, LinuxIDMapping, ...) have
 * only `json` tags, so yaml.v3 looks for the lower-cased Go field name (`disableoomkiller`): the
 * camelCase key the schema asks for is dropped, silently, and the lower-case one the decoder wants
 * fails the schema.
 */
export const ignoredField: Rule = ({ model }) => {
  const out: Diagnostic[] = [];
  for (const c of model.containers) {
    if (c.node) walk(c.node, CONTAINER, [c.section, c.index], (key, keyNode, path) => {
      const span = nodeSpan(keyNode);
      if (!span) return;
      out.push(
        diagnostic(
          'ignored-field',
          `LinuxKit's schema accepts \`${key}\`, but its decoder looks for \`${key.toLowerCase()}\` (which the schema refuses), so this setting is silently dropped and has no effect. Remove it; LinuxKit offers no way to set it.`,
          span,
          { target: c.id, fixes: [{ title: `Remove \`${key}\``, command: { type: 'removeKey', path } }] },
        ),
      );
    });
  }
  return out;
};

function walk(node: unknown, spec: Spec, path: (string | number)[], found: (key: string, keyNode: YamlNode, path: (string | number)[]) => void): void {
  if (spec.each && isSeq(node)) {
    node.items.forEach((item, i) => walk(item, spec.each as Spec, [...path, i], found));
    return;
  }
  if (!isMap(node)) return;
  for (const pair of node.items) {
    if (!isPair(pair)) continue;
    const key = keyString(pair);
    if (key === null) continue;
    if (spec.drop?.includes(key)) found(key, pair.key as YamlNode, [...path, key]);
    else if (spec.into && Object.hasOwn(spec.into, key)) walk(pair.value, spec.into[key], [...path, key], found);
  }
}

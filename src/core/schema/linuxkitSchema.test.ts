import { describe, expect, it } from 'vitest';
import type { Doc } from './describe.ts';
import { definitionDocs, documentedSchema } from './documentedSchema.ts';
import { rootDoc } from './docs/root.ts';
import { linuxkitSchema } from './linuxkitSchema.ts';
import type { JsonSchema } from './schemaTypes.ts';

// Transcribed by hand from LinuxKit's src/cmd/linuxkit/moby/schema.go. Notation: a JSON type,
// `#name` for a $ref, `[type]` / `[#name]` for an array of those, `string|integer` for anyOf,
// `enum:a,b` for an enum. Objects list their properties; every object there has additionalProperties false.
const OBJECTS: Record<string, Record<string, string>> = {
  kernel: { image: 'string', cmdline: 'string', binary: 'string', tar: 'string', ucode: 'string' },
  file: {
    path: 'string', directory: 'boolean', symlink: 'string', contents: 'string', source: 'string',
    metadata: 'string', optional: 'boolean', mode: 'string', uid: 'string|integer', gid: 'string|integer',
  },
  volume: { name: 'string', image: 'string', readonly: 'boolean', format: 'enum:oci,filesystem', platforms: '#strings' },
  trust: { image: '#strings', org: '#strings' },
  mount: {
    destination: 'string', type: 'string', source: 'string', options: '#strings',
    uidmappings: '[#idmapping]', gidmappings: '[#idmapping]',
  },
  device: { path: 'string', type: 'string', major: 'integer', minor: 'integer', mode: 'string' },
  idmapping: { hostID: 'integer', containerID: 'integer', size: 'integer' },
  devicecgroup: { allow: 'boolean', type: 'string', major: 'integer', minor: 'integer', access: 'string' },
  memory: {
    limit: 'integer', reservation: 'integer', swap: 'integer', kernel: 'integer', kernelTCP: 'integer',
    swappiness: 'integer', disableOOMKiller: 'boolean',
  },
  cpu: {
    shares: 'integer', quota: 'integer', period: 'integer', realtimeRuntime: 'integer', realtimePeriod: 'integer',
    cpus: 'string', mems: 'string',
  },
  pids: { limit: 'integer' },
  weightdevice: { major: 'integer', minor: 'integer', weight: 'integer', leafWeight: 'integer' },
  throttledevice: { major: 'integer', minor: 'integer', rate: 'integer' },
  blockio: {
    weight: 'integer', leafWeight: 'integer', weightDevice: '#weightdevices', throttleReadBpsDevice: '#throttledevices',
    throttleWriteBpsDevice: '#throttledevices', throttleReadIOPSDevice: '#throttledevices', throttleWriteIOPSDevice: '#throttledevices',
  },
  hugepagelimit: { pageSize: 'integer', limit: 'integer' },
  interfacepriority: { name: 'string', priority: 'integer' },
  network: { classID: 'integer', priorities: '#interfacepriorities' },
  resources: {
    devices: '#devicecgroups', memory: '#memory', cpu: '#cpu', pids: '#pids', blockio: '#blockio',
    hugepageLimits: '#hugepagelimits', network: '#network',
  },
  interface: { name: 'string', add: 'string', peer: 'string', createInRoot: 'boolean' },
  namespaces: { cgroup: 'string', ipc: 'string', mnt: 'string', net: 'string', pid: 'string', user: 'string', uts: 'string' },
  runtime: {
    cgroups: '#strings', mounts: '#mounts', mkdir: '#strings', interfaces: '#interfaces', bindNS: '#namespaces', namespace: 'string',
  },
  image: {
    name: 'string', image: 'string', capabilities: '#strings', 'capabilities.add': '#strings', ambient: '#strings',
    mounts: '#mounts', binds: '#strings', 'binds.add': '#strings', devices: '#devices', tmpfs: '#strings',
    command: '#strings', env: '#strings', cwd: 'string', net: 'string', pid: 'string', ipc: 'string', uts: 'string',
    userns: 'string', readonly: 'boolean', maskedPaths: '#strings', readonlyPaths: '#strings', uid: 'string|integer',
    gid: 'string|integer', additionalGids: '[string|integer]', noNewPrivileges: 'boolean', hostname: 'string',
    oomScoreAdj: 'integer', rootfsPropagation: 'string', cgroupsPath: 'string', resources: '#resources',
    sysctl: '#mapstring', rlimits: '#strings', uidMappings: '#idmappings', gidMappings: '#idmappings',
    annotations: '#mapstring', runtime: '#runtime',
  },
};
const ARRAYS: Record<string, string> = {
  files: '[#file]', volumes: '[#volume]', strings: '[string]', mounts: '[#mount]', devices: '[#device]',
  idmappings: '[#idmapping]', devicecgroups: '[#devicecgroup]', weightdevices: '[#weightdevice]',
  throttledevices: '[#throttledevice]', hugepagelimits: '[#hugepagelimit]', interfacepriorities: '[#interfacepriority]',
  interfaces: '[#interface]', images: '[#image]',
};
const ROOT: Record<string, string> = {
  kernel: '#kernel', init: '#strings', onboot: '#images', onshutdown: '#images', services: '#images',
  trust: '#trust', files: '#files', volumes: '#volumes',
};

/** The notation above for a schema, ignoring documentation keywords. */
function shape(s: JsonSchema): string {
  if (s.$ref) return `#${s.$ref.replace('#/definitions/', '')}`;
  if (s.enum) return `enum:${s.enum.join(',')}`;
  if (s.anyOf) return s.anyOf.map(shape).join('|');
  if (s.type === 'array' && s.items) return `[${shape(s.items)}]`;
  return s.type ?? '?';
}

const defs = linuxkitSchema.definitions ?? {};

describe('linuxkitSchema stays true to LinuxKit’s schema.go', () => {
  it('has exactly LinuxKit’s definitions', () => {
    expect(Object.keys(defs).sort()).toEqual([...Object.keys(OBJECTS), ...Object.keys(ARRAYS), 'mapstring'].sort());
  });

  it.each(Object.entries(OBJECTS))('definition %s has exactly LinuxKit’s properties and types, and no others', (name, props) => {
    const def = defs[name];
    expect(def.type).toBe('object');
    expect(def.additionalProperties).toBe(false);
    const actual = Object.fromEntries(Object.entries(def.properties ?? {}).map(([k, v]) => [k, shape(v)]));
    expect(actual).toEqual(props);
  });

  it.each(Object.entries(ARRAYS))('definition %s is %s', (name, expected) => {
    expect(shape(defs[name])).toBe(expected);
  });

  it('has mapstring as an object of strings, the root closed, and required name and image on containers only', () => {
    expect(defs.mapstring.type).toBe('object');
    expect(defs.mapstring.additionalProperties).toEqual(expect.objectContaining({ type: 'string' }));
    expect(linuxkitSchema.additionalProperties).toBe(false);
    expect(linuxkitSchema.type).toBeUndefined(); // as in LinuxKit: a non-mapping document passes the schema
    expect(Object.fromEntries(Object.entries(linuxkitSchema.properties ?? {}).map(([k, v]) => [k, shape(v)]))).toEqual(ROOT);
    const withRequired = Object.entries(defs).filter(([, d]) => d.required).map(([n, d]) => [n, d.required]);
    expect(withRequired).toEqual([['image', ['name', 'image']]]);
  });
});

const DOC_KEYWORDS = ['title', 'description', 'markdownDescription', 'examples', 'defaultSnippets'];

describe('documentedSchema: the same schema with the editors’ docs', () => {
  const docDefs = documentedSchema.definitions ?? {};

  /** The schema without its documentation keywords. */
  function bare(s: unknown): unknown {
    if (Array.isArray(s)) return s.map(bare);
    if (!s || typeof s !== 'object') return s;
    return Object.fromEntries(Object.entries(s).filter(([k]) => !DOC_KEYWORDS.includes(k)).map(([k, v]) => [k, bare(v)]));
  }

  it('has exactly the structure of linuxkitSchema, which itself carries no docs (validation loads it up front)', () => {
    expect(bare(documentedSchema)).toEqual(linuxkitSchema);
    expect(bare(linuxkitSchema)).toEqual(linuxkitSchema);
  });

  it('documents every property with a title, a description and a Markdown description', () => {
    const undocumented: string[] = [];
    const check = (owner: string, props: Record<string, JsonSchema> | undefined) => {
      for (const [key, p] of Object.entries(props ?? {})) {
        if (!p.title || !p.description || !p.markdownDescription) undocumented.push(`${owner}.${key}`);
      }
    };
    check('root', documentedSchema.properties);
    for (const [name, def] of Object.entries(docDefs)) {
      check(name, def.properties);
      if (!def.title || !def.description) undocumented.push(name);
    }
    expect(undocumented).toEqual([]);
  });

  it('has no docs for a definition or property the schema lacks (a misspelt key would be lost silently)', () => {
    const orphans: string[] = [];
    const check = (owner: string, doc: Doc, schema: JsonSchema | undefined) => {
      for (const key of Object.keys(doc.properties ?? {})) {
        if (!schema?.properties || !Object.hasOwn(schema.properties, key)) orphans.push(`${owner}.${key}`);
      }
    };
    check('root', rootDoc, linuxkitSchema);
    for (const [name, doc] of Object.entries(definitionDocs)) {
      if (!Object.hasOwn(defs, name)) orphans.push(name);
      else check(name, doc, defs[name]);
    }
    expect(orphans).toEqual([]);
  });

  it('offers snippets for volumes and binds, and an example in every container field', () => {
    expect(docDefs.volumes.defaultSnippets?.map((s) => s.label)).toContain('blank volume');
    expect(JSON.stringify(docDefs.image.properties?.binds.defaultSnippets)).toContain(':ro');
    const withoutExample = Object.entries(docDefs.image.properties ?? {}).filter(([, p]) => !p.markdownDescription?.includes('```yaml'));
    expect(withoutExample.map(([k]) => k)).toEqual([]);
  });
});

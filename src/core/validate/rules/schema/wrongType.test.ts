import { describe, expect, it } from 'vitest';
import { runSchema } from './testkit.ts';

const wrong = (text: string) => runSchema(text).filter((d) => d.code === 'wrong-type');
const container = (fields: string) => `services:\n  - name: web\n    image: nginx\n${fields}`;

describe('wrong-type', () => {
  it('keeps the digits of an unquoted mode exactly as written', () => {
    const [d] = wrong('files:\n  - path: etc/x\n    mode: 0600\n');
    expect(d.at).toBe('0600');
    expect(d.message).toBe('`mode` must be a string: quote it as "0600".');
    expect(wrong('files:\n  - path: etc/x\n    mode: 0o755\n')[0].message).toContain('"0o755"');
  });

  it('accepts a quoted mode', () => {
    expect(wrong('files:\n  - path: etc/x\n    mode: "0600"\n')).toEqual([]);
  });

  it('reports a device mode written as a number', () => {
    expect(wrong(container('    devices:\n      - {path: /dev/console, type: c, major: 5, minor: 1, mode: 0666}\n'))[0].at).toBe('0666');
  });

  it.each([
    ['yes', 'true'],
    ['on', 'true'],
    ['no', 'false'],
    ['Off', 'false'],
  ])('explains that readonly: %s is a string (YAML 1.2) and suggests %s', (word, fix) => {
    const [d] = wrong(`volumes:\n  - name: v\n    readonly: ${word}\n`);
    expect(d.at).toBe(word);
    expect(d.message).toBe(`\`readonly\` must be true or false, not the string "${word}"; write \`${fix}\`.`);
  });

  it.each([
    ['!flag true', '!flag', 'true or false'],
    ['!!str true', '!!str', 'true or false'],
  ])('blames the tag of readonly: %s, not the value', (value, tag, wants) => {
    const [d] = wrong(`volumes:\n  - name: v\n    readonly: ${value}\n`);
    expect(d.message).toBe(`\`readonly\` must be ${wants}: the tag \`${tag}\` makes LinuxKit read "true" as a string; remove the tag.`);
  });

  it('accepts a custom tag on a string field, as LinuxKit does', () => {
    expect(wrong(container('    cwd: !custom /srv\n'))).toEqual([]);
  });

  it('asks to remove the quotes of readonly: "true"', () => {
    const [d] = wrong(container('    readonly: "true"\n'));
    expect(d.at).toBe('"true"');
    expect(d.message).toContain('remove the quotes');
  });

  it('reports a string where a list is required, with the list form to write', () => {
    const [p] = wrong('volumes:\n  - name: v\n    image: a\n    format: oci\n    platforms: linux/amd64\n');
    expect(p.at).toBe('linux/amd64');
    expect(p.message).toBe('`platforms` must be a list, not a single value: write `- linux/amd64` on its own line, indented under `platforms:`.');
    const [b] = wrong(container('    binds: /a:/b\n'));
    expect(b.at).toBe('/a:/b');
    expect(b.message).toContain('`- /a:/b`');
  });

  it('reports an empty section (null) on its key', () => {
    const [d] = wrong('services:\nkernel:\n  image: k\n');
    expect(d.at).toBe('services');
    expect(d.message).toBe('`services` has no value; it must be a list (entries starting with `- `). Add a value or remove the key.');
  });

  it('reports an explicit null on the value', () => {
    expect(wrong('kernel: ~\n')[0].at).toBe('~');
  });

  it('reports an empty list entry on its dash', () => {
    const [d] = wrong('init:\n  - linuxkit/init:v1\n  -\n');
    expect(d.at).toBe('-');
    expect(d.message).toContain('`init[1]` has no value');
  });

  it('reports a container written as a plain string', () => {
    const [d] = wrong('services:\n  - nginx\n');
    expect(d.at).toBe('nginx');
    expect(d.message).toBe('`services[0]` must be a container (a mapping with `name:` and `image:`), not the string "nginx".');
  });

  it.each([
    ['a float for an integer', '    oomScoreAdj: 1.5\n', '1.5', 'must be a whole number, not the number 1.5'],
    ['a quoted number for an integer', '    resources: {pids: {limit: "5"}}\n', '"5"', 'must be a number, not a string; remove the quotes'],
    ['a list for a string', '    cwd: [a]\n', '[a]', '`cwd` must be a string'],
    ['a mapping for a list', '    env: {A: 1}\n', '{A: 1}', 'must be a list (entries starting with `- `), not a mapping'],
    ['a string for a mapping', '    resources: lots\n', 'lots', 'must be a resources mapping'],
    ['a boolean for a uid', '    uid: true\n', 'true', '`uid` must be a string or a whole number, not true'],
    ['a number for a sysctl value', '    sysctl: {net.ipv4.ip_forward: 1}\n', '1', '`net.ipv4.ip_forward` must be a string: quote it as "1"'],
    ['a number in a list of strings', '    command: [sleep, 5]\n', '5', '`command[1]` must be a string: quote it as "5"'],
    ['a float in additionalGids', '    additionalGids: [1.5]\n', '1.5', 'additionalGids[0]'],
    ['a string for createInRoot', '    runtime: {interfaces: [{name: wg0, createInRoot: "no"}]}\n', '"no"', 'write `false`'],
    ['a number for a bindNS path', '    runtime: {bindNS: {net: 5}}\n', '5', '`net` must be a string'],
    ['a string for a memory limit', '    resources: {memory: {limit: 512M}}\n', '512M', '`limit` must be a whole number'],
    ['a string for a mount option list', '    mounts: [{type: bind, options: rbind}]\n', 'rbind', '`options` must be a list'],
    ['a string for a hostID', '    uidMappings: [{hostID: x}]\n', 'x', '`hostID` must be a whole number'],
  ])('reports %s on the value', (_what, fields, at, message) => {
    const found = wrong(container(fields));
    expect(found).toHaveLength(1);
    expect(found[0].at).toBe(at);
    expect(found[0].message).toContain(message);
    expect(found[0].target).toMatch(/^(container|mount):services:web/);
  });

  it('targets the mount when the problem is inside a bind or mount entry', () => {
    const [d] = wrong(container('    mounts:\n      - {type: bind, source: /var, destination: /var, options: rbind}\n'));
    expect(d.target).toBe('mount:services:web:/var');
  });

  it.each([
    ['whole floats', 'major: 1.0'],
    ['exponents', 'major: 1e3'],
    ['hex', 'major: 0x10'],
    ['underscores (Go yaml.v3 drops them)', 'major: 1_000'],
    ['negative numbers', 'minor: -1'],
  ])('accepts %s as integers, as Go and JSON Schema do', (_what, field) => {
    expect(wrong(container(`    devices:\n      - {path: /dev/x, type: c, ${field}}\n`))).toEqual([]);
  });

  it('accepts a uid that is a name or a number', () => {
    expect(wrong(container('    uid: 100\n    gid: web\n    additionalGids: [1, web]\n'))).toEqual([]);
  });

  it('rejects .inf where a number is required', () => {
    expect(wrong(container('    oomScoreAdj: .inf\n'))[0].at).toBe('.inf');
  });

  it.each([
    ['kernel', 'kernel:\n  cmdline: 1\n', '1'],
    ['trust', 'trust:\n  image: linuxkit\n', 'linuxkit'],
    ['files', 'files:\n  - path: x\n    directory: "true"\n', '"true"'],
    ['volume', 'volumes:\n  - name: 5\n', '5'],
  ])('checks the %s section', (_where, text, at) => {
    expect(wrong(text).map((d) => d.at)).toEqual([at]);
  });

  it('reports a document that is not a mapping', () => {
    const [d] = wrong('- kernel\n- init\n');
    expect(d.message).toContain('must be a mapping of sections');
    expect(wrong('just text\n')[0].message).toContain('not a single value');
  });

  it('reports a merge key that does not name a mapping', () => {
    expect(wrong(container('    <<: oops\n'))[0].message).toContain('`<<` (merge key) must name a mapping');
  });
});

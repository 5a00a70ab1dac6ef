import { describe, expect, it } from 'vitest';
import { ok, refused } from './testing.ts';

const base = `services:
  - name: web
    image: nginx:1.27
    binds:
      - dta:/data # typo
      - /var/tmp:/tmp
volumes:
  - name: data
  - name: logs
    readonly: true
`;

describe('setMountSource', () => {
  it('points a bind at a volume or a host path, keeping the rest of the bind', () => {
    expect(ok(base, { type: 'setMountSource', mountId: 'mount:services:web:/data', source: 'data' }).text).toBe(base.replace('dta:/data', 'data:/data'));
    expect(ok(base, { type: 'setMountSource', mountId: 'mount:services:web:/tmp', source: '/tmp' }).text).toBe(base.replace('/var/tmp:/tmp', '/tmp:/tmp'));
  });

  it('refuses a volume that does not exist, a read-only volume for a read-write mount, and a `:`', () => {
    expect(refused(base, { type: 'setMountSource', mountId: 'mount:services:web:/data', source: 'nope' })).toContain('no volume `nope`');
    expect(refused(base, { type: 'setMountSource', mountId: 'mount:services:web:/data', source: 'logs' })).toContain('read-only');
    expect(refused(base, { type: 'setMountSource', mountId: 'mount:services:web:/data', source: '/a:b' })).toContain('`:`');
  });
});

describe('setMountReadOnly on a bind with an empty option field', () => {
  it('fills the field with `ro`', () => {
    const text = 'services:\n  - name: web\n    image: nginx:1.27\n    binds: ["logs:/logs:"]\nvolumes:\n  - name: logs\n    readonly: true\n';
    expect(ok(text, { type: 'setMountReadOnly', mountId: 'mount:services:web:/logs', readOnly: true }).text).toBe(text.replace('logs:/logs:"', 'logs:/logs:ro"'));
  });
});

describe('useBindsAdd', () => {
  it('does nothing for a container without `binds:`', () => {
    const text = 'services:\n  - name: web\n    image: nginx:1.27\n';
    expect(ok(text, { type: 'useBindsAdd', containerId: 'container:services:web' }).editCount).toBe(0);
  });

  it('renames a flow `binds` key, leaving its list as written', () => {
    const text = 'services:\n  - {name: web, image: nginx:1.27, binds: ["/a:/a"]}\n';
    expect(ok(text, { type: 'useBindsAdd', containerId: 'container:services:web' }).text).toBe(text.replace('binds:', 'binds.add:'));
  });
});

describe('convertVolumesToBinds', () => {
  it('keeps the quotes of a flow list and rewrites only the entries whose volume name changes', () => {
    const text = `services:
  - name: app
    image: example/app:1.0
    volumes: ['My.Data:/data:ro', "/etc:/etc", cache:/cache]
volumes:
  - name: cache
`;
    const result = ok(text, { type: 'convertVolumesToBinds', containerId: 'container:services:app' });
    expect(result.text).toBe(`services:
  - name: app
    image: example/app:1.0
    binds: ['my-data:/data:ro', "/etc:/etc", cache:/cache]
volumes:
  - name: cache
  - name: my-data
`);
    expect(result.selectId).toBe('container:services:app');
  });

  it('uses an existing volume whose name is the cleaned-up one', () => {
    const text = 'services:\n  - name: app\n    image: example/app:1.0\n    volumes: [Cache:/cache]\nvolumes:\n  - name: cache\n';
    expect(ok(text, { type: 'convertVolumesToBinds', containerId: 'container:services:app' }).text).toBe(text.replace('volumes: [Cache', 'binds: [cache'));
  });

  it('refuses entries LinuxKit binds cannot express', () => {
    const container = (entry: string) => `services:\n  - name: app\n    image: example/app:1.0\n    volumes: ["${entry}"]\n`;
    expect(refused(container('./data:/data'), { type: 'convertVolumesToBinds', containerId: 'container:services:app' })).toContain('relative');
    expect(refused(container('/data'), { type: 'convertVolumesToBinds', containerId: 'container:services:app' })).toContain('both parts');
  });
});

describe('quoteScalar', () => {
  it('leaves a scalar that is already quoted alone', () => {
    const text = 'files:\n  - path: etc/x\n    mode: "0600"\n';
    expect(ok(text, { type: 'quoteScalar', path: ['files', 0, 'mode'], source: '0600' }).editCount).toBe(0);
  });
});

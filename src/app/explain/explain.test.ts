import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze.ts';
import { explain, type Explanation } from './explain.ts';

const CONFIG = `onboot:
  - name: fetch
    image: example/fetch:1
    binds:
      - data:/out
  - name: clean
    image: example/clean:1
    binds:
      - data:/data
services:
  - name: web
    image: nginx:1.27
    binds:
      - app-config:/etc/nginx/conf.d:ro
      - data:/srv/data:ro
      - /var/log:/var/log
  - name: bad
    image: example/bad:1
    binds.add:
      - app-config:/etc/bad
volumes:
  - name: app-config
    image: example/app-config:1.3.0
    readonly: true
  - name: data
  - name: images
    image: alpine:3.20
    format: oci
    platforms:
      - linux/arm64
  - name: empty
    readonly: true
`;

const model = analyze(CONFIG).parsed.model;
const text = (e: Explanation | null) => (e ? e.parts.map((p) => `${p.heading}: ${p.text}`).join('\n') : '');

describe('explain mode', () => {
  it('a blank volume: empty overlay at build time, who sees it in run order', () => {
    const e = explain(model, 'volume:data');
    expect(e?.title).toBe('Volume `data` (blank)');
    const t = text(e);
    expect(t).toContain('creates an empty folder for `data`');
    expect(t).toContain('/containers/volumes/data');
    expect(t).toContain('read-write: each mount decides');
    expect(t).toMatch(/`fetch` \(onboot step 1\) sees it at `\/out`, read-write\. `clean` \(onboot step 2\).*`web` \(service\) sees it at `\/srv\/data`, read-only\./);
  });

  it('an image volume: filled with the image contents, read-only rule', () => {
    const t = text(explain(model, 'volume:app-config'));
    expect(t).toContain('unpacks its files into the volume');
    expect(t).toContain('must mount it read-only');
    expect(t).toContain('never run');
  });

  it('an OCI volume names its platforms; an unmounted one says nobody sees it', () => {
    const t = text(explain(model, 'volume:images'));
    expect(t).toContain('for linux/arm64 only, as an OCI image layout');
    expect(t).toContain('No container mounts it yet');
  });

  it('a mount: what the container sees, when, and whether it may write', () => {
    const onboot = text(explain(model, 'mount:onboot:clean:/data'));
    expect(onboot).toContain('onboot step 2 of 2');
    expect(onboot).toContain('An empty folder at boot, plus whatever containers that ran earlier');
    const service = text(explain(model, 'mount:services:web:/etc/nginx/conf.d'));
    expect(service).toContain('The files of `example/app-config:1.3.0`');
    expect(service).toContain('services start after every onboot step has finished');
    expect(service).toContain('Read-only: the container can read');
    expect(service).toContain('replaces the binds the image asks for');
  });

  it('a read-only mount never tells the container it writes', () => {
    const pipeline = analyze(
      'onboot:\n  - name: a\n    image: x:1\n    binds: [scratch:/w]\n  - name: b\n    image: x:1\n    binds: [scratch:/w:ro]\nvolumes:\n  - name: scratch\n',
    ).parsed.model;
    const ro = text(explain(pipeline, 'mount:onboot:b:/w'));
    expect(ro).toContain('cannot write here itself');
    expect(ro).not.toMatch(/what it writes|whatever containers/);
    const rw = text(explain(pipeline, 'mount:onboot:a:/w'));
    expect(rw).toContain('what it writes is there for later steps');
    // services reading a read-only mount
    expect(text(explain(model, 'mount:services:web:/srv/data'))).toContain('cannot write here itself');
  });

  it('a read-write mount of a read-only volume says the build fails', () => {
    const t = text(explain(model, 'mount:services:bad:/etc/bad'));
    expect(t).toContain('`linuxkit build` rejects this');
    expect(t).toContain('adds to the image');
  });

  it('a host path is not a volume; other elements have no explanation', () => {
    expect(text(explain(model, 'mount:services:web:/var/log'))).toContain('mounts the folder `/var/log` of the running LinuxKit system');
    expect(explain(model, 'container:services:web')).toBeNull();
  });
});

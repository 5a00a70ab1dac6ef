import { describe, expect, it } from 'vitest';
import { applyCommand } from '../commands/applyCommand.ts';
import type { Diagnostic } from '../diagnostics/types.ts';
import { analyzeBuild, type BuildFile } from './analyzeBuild.ts';

const base = `kernel:
  image: linuxkit/kernel:6.6.71
  cmdline: "console=ttyS0"
init:
  - linuxkit/init:v1.0.0
onboot:
  - name: dhcpcd
    image: linuxkit/dhcpcd:v1.0.0
    command: ["/sbin/dhcpcd", "--nobackground", "-f", "/dhcpcd.conf", "-1"]
`;

/** Each file's diagnostics as `code` at the text they cover. */
function shown(files: BuildFile[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of analyzeBuild(files).files) {
    out[f.name] = f.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${f.parsed.text.slice(d.span.start, d.span.end)}`);
  }
  return out;
}

function errorsOf(files: BuildFile[], name: string, code: string): Diagnostic[] {
  return analyzeBuild(files).files.find((f) => f.name === name)!.diagnostics.filter((d) => d.code === code);
}

describe('a build of several files (AppendConfig, build.go)', () => {
  describe('volumes resolve from the last file only', () => {
    const withVolume = `${base}  - name: seed
    image: alpine:3.20
    binds:
      - data:/data
volumes:
  - name: data
`;
    const extras = `services:
  - name: getty
    image: linuxkit/getty:v1.0.0
`;

    it('a bind to a volume of an earlier file fails as `volume X not found`, under the file of the bind', () => {
      const [d, ...rest] = errorsOf([{ name: 'base.yml', text: withVolume }, { name: 'extras.yml', text: extras }], 'base.yml', 'unknown-volume');
      expect(rest).toEqual([]);
      expect(d.message).toContain('declared in `base.yml`');
      expect(d.message).toContain('`volume data not found`');
      expect(d.message).toContain('move the volume to `extras.yml`');
      expect(shown([{ name: 'base.yml', text: withVolume }, { name: 'extras.yml', text: extras }])['extras.yml']).toEqual([]);
    });

    it('the same files in the other order build: the volume is in the last file', () => {
      expect(shown([{ name: 'extras.yml', text: extras }, { name: 'base.yml', text: withVolume }])).toEqual({ 'extras.yml': [], 'base.yml': [] });
    });

    it("the quick fix moves the volume into the last file, and the build's error is gone", () => {
      const files = [{ name: 'base.yml', text: withVolume }, { name: 'extras.yml', text: extras }];
      const [d] = errorsOf(files, 'base.yml', 'unknown-volume');
      const [fix] = d.fixes!;
      expect(fix.title).toBe('Move volume `data` to `extras.yml`');
      const texts = files.map((f) => f.text);
      for (const { file, command } of [{ file: fix.file!, command: fix.command }, ...fix.also!]) {
        const result = applyCommand(texts[file], command);
        if (!result.ok) throw new Error(result.reason);
        texts[file] = result.text;
      }
      expect(texts[0]).toBe(withVolume.replace('volumes:\n  - name: data\n', ''));
      expect(texts[1]).toBe(`${extras}volumes:\n  - name: data\n`);
      expect(shown(files.map((f, i) => ({ ...f, text: texts[i] })))).toEqual({ 'base.yml': [], 'extras.yml': [] });
    });

    it("a bind in the last file to an earlier file's volume fails too; a new volume would go to the last file", () => {
      const first = 'volumes:\n  - name: logs\n';
      const last = 'services:\n  - name: web\n    image: nginx:1.27\n    binds:\n      - logs:/var/log\n      - cache:/cache\n';
      const files = [{ name: 'a.yml', text: first }, { name: 'b.yml', text: last }];
      expect(shown(files)).toEqual({ 'a.yml': [], 'b.yml': ['unknown-volume logs', 'unknown-volume cache'] });
      const [, cache] = errorsOf(files, 'b.yml', 'unknown-volume');
      expect(cache.message).toContain('of `b.yml` (the last file');
      expect(cache.fixes![0]).toMatchObject({ title: 'Add a blank volume `cache`' });
      expect(cache.fixes![0].file).toBeUndefined();
    });

    it('a volume declared in two files is no duplicate (LinuxKit checks volume names per file), and binds find the last one', () => {
      const files = [{ name: 'a.yml', text: withVolume }, { name: 'b.yml', text: `${extras}volumes:\n  - name: data\n` }];
      expect(shown(files)).toEqual({ 'a.yml': [], 'b.yml': [] });
      const build = analyzeBuild(files);
      expect(build.files[0].parsed.model.mounts[0].volumeModel).toBe(build.files[1].parsed.model.volumes[0]);
    });

    it('a read-only volume of the last file is checked against binds of every file', () => {
      const first = `${base}  - name: writer\n    image: alpine:3.20\n    binds:\n      - cfg:/cfg\n`;
      const last = 'volumes:\n  - name: cfg\n    image: alpine:3.20\n    readonly: true\n';
      const [d] = errorsOf([{ name: 'a.yml', text: first }, { name: 'b.yml', text: last }], 'a.yml', 'readonly-volume-mounted-rw');
      expect(d.fixes!.map((f) => [f.title, f.file])).toEqual([
        ['Mount read-only', undefined],
        ['Make volume `cfg` writable (remove `readonly: true`)', 1],
      ]);
    });

    it('a volume of the last file mounted only from an earlier file is used', () => {
      const first = `${base}  - name: writer\n    image: alpine:3.20\n    binds:\n      - cfg:/cfg\n`;
      const last = 'volumes:\n  - name: cfg\n';
      const [, b] = analyzeBuild([{ name: 'a.yml', text: first }, { name: 'b.yml', text: last }]).files;
      expect(b.diagnostics.map((d) => d.code)).toEqual([]);
      const alone = analyzeBuild([{ name: 'b.yml', text: last }]).files[0];
      expect(alone.diagnostics.map((d) => d.code)).toEqual(['unused-volume']);
    });
  });

  describe('services are unique across files; onboot names may repeat', () => {
    const svc = (name: string) => `services:\n  - name: ${name}\n    image: linuxkit/${name}:v1.0.0\n`;

    it('a service named as one of an earlier file is an error in the later file', () => {
      const files = [{ name: 'a.yml', text: `${base}${svc('sshd')}` }, { name: 'b.yml', text: svc('sshd') }];
      expect(shown(files)).toEqual({ 'a.yml': [], 'b.yml': ['duplicate-service-name sshd'] });
      const [d] = errorsOf(files, 'b.yml', 'duplicate-service-name');
      expect(d.message).toContain('A service in `a.yml` is already named `sshd`');
      expect(d.fixes![0]).toEqual({ title: 'Rename to `sshd-2`', command: { type: 'renameContainer', containerId: 'container:services:sshd', newName: 'sshd-2' } });
    });

    it('the same onboot container in two files is accepted (a warning about its uid name only)', () => {
      const files = [{ name: 'a.yml', text: base }, { name: 'b.yml', text: base }];
      expect(shown(files)).toEqual({ 'a.yml': [], 'b.yml': [] });
      const b = analyzeBuild(files).files[1];
      expect(b.diagnostics.map((d) => d.code)).toContain('duplicate-container-name');
      expect(b.diagnostics.find((d) => d.code === 'duplicate-container-name')!.message).toContain('Another `onboot` container of `a.yml`');
    });
  });

  describe('uid and gid names resolve against the containers of every file', () => {
    const user = 'services:\n  - name: web\n    image: nginx:1.27\n    uid: dhcpcd\n    gid: dhcpd\n';

    it('a name of a container of another file is no error in the build, but is alone', () => {
      expect(shown([{ name: 'a.yml', text: base }, { name: 'b.yml', text: user }])).toEqual({ 'a.yml': [], 'b.yml': ['unknown-id dhcpd'] });
      expect(shown([{ name: 'b.yml', text: user }])).toEqual({ 'b.yml': ['unknown-id dhcpcd', 'unknown-id dhcpd'] });
    });

    it('the suggestion comes from the whole build', () => {
      const [d] = errorsOf([{ name: 'a.yml', text: base }, { name: 'b.yml', text: user }], 'b.yml', 'unknown-id');
      expect(d.message).toContain('did you mean `dhcpcd`?');
    });

    it('an earlier file may name a container of a later one (the id map is built from the merged config)', () => {
      const files = [{ name: 'b.yml', text: user.replace('gid: dhcpd', 'gid: web') }, { name: 'a.yml', text: base }];
      expect(shown(files)).toEqual({ 'b.yml': [], 'a.yml': [] });
    });
  });

  describe('kernel fields override one by one', () => {
    it('image from the last file that sets one, cmdline kept when a later file leaves it empty', () => {
      const later = 'kernel:\n  image: linuxkit/kernel:6.12.59\n  cmdline: ""\n  tar: none\n';
      const { merged } = analyzeBuild([{ name: 'a.yml', text: base }, { name: 'b.yml', text: later }]);
      expect(merged!.kernel).toEqual({
        image: { file: 1, item: 'linuxkit/kernel:6.12.59' },
        cmdline: { file: 0, item: 'console=ttyS0' },
        tar: { file: 1, item: 'none' },
      });
    });

    it('init, onboot, onshutdown, services, files and volumes append in file order', () => {
      const later = 'init:\n  - linuxkit/runc:v1.0.0\nonboot:\n  - name: sysctl\n    image: linuxkit/sysctl:v1.0.0\nservices:\n  - name: getty\n    image: linuxkit/getty:v1.0.0\n';
      const { merged } = analyzeBuild([{ name: 'a.yml', text: `${base}services:\n  - name: rngd\n    image: linuxkit/rngd:v1.0.0\n` }, { name: 'b.yml', text: later }]);
      expect(merged!.init.map((i) => [i.file, i.item.value])).toEqual([[0, 'linuxkit/init:v1.0.0'], [1, 'linuxkit/runc:v1.0.0']]);
      expect(merged!.containers.map((c) => [c.file, c.item.id])).toEqual([
        [0, 'container:onboot:dhcpcd'],
        [1, 'container:onboot:sysctl'],
        [0, 'container:services:rngd'],
        [1, 'container:services:getty'],
      ]);
    });
  });

  it('while a file does not parse, the others get only the checks of their own text', () => {
    const user = 'services:\n  - name: web\n    image: nginx:1.27\n    uid: nobody-here\n';
    const result = analyzeBuild([{ name: 'a.yml', text: 'onboot: [\n' }, { name: 'b.yml', text: user }]);
    expect(result.merged).toBeNull();
    expect(result.files.map((f) => f.diagnostics.map((d) => d.code))).toEqual([['yaml-syntax'], []]);
  });
});

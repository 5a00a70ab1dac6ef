import { describe, expect, it } from 'vitest';
import { applyFix } from './fixTesting.ts';

describe('quick fixes of the build verdicts', () => {
  it('merges binds.add into binds, keeping comments and skipping entries already there', () => {
    const text = `services:
  - name: web
    image: nginx:1
    binds:
      - /etc/a:/etc/a # keep me
    binds.add:
      - /etc/a:/etc/a
      - /var/log:/var/log
`;
    expect(applyFix(text, 'ignored-add', 'Merge into `binds:`')).toBe(`services:
  - name: web
    image: nginx:1
    binds:
      - /etc/a:/etc/a # keep me
      - /var/log:/var/log
`);
  });

  it('merges capabilities.add into a flow capabilities list', () => {
    const text = 'services:\n  - name: web\n    image: nginx:1\n    capabilities: [CAP_CHOWN]\n    capabilities.add: [CAP_NET_ADMIN]\n';
    expect(applyFix(text, 'ignored-add', 'Merge into `capabilities:`')).toBe(
      'services:\n  - name: web\n    image: nginx:1\n    capabilities: [CAP_CHOWN, CAP_NET_ADMIN]\n',
    );
  });

  it('writes an octal mode in place, in its own quotes', () => {
    const text = 'files:\n  - path: etc/a\n    contents: x\n    mode: "0o644" # rw\n';
    expect(applyFix(text, 'invalid-mode', 'Write "0644"')).toBe('files:\n  - path: etc/a\n    contents: x\n    mode: "0644" # rw\n');
    const symbolic = "files:\n  - path: etc/a\n    contents: x\n    mode: 'rw-r-----'\n";
    expect(applyFix(symbolic, 'invalid-mode', 'Write "0640"')).toBe("files:\n  - path: etc/a\n    contents: x\n    mode: '0640'\n");
  });

  it('moves a file out of /run by editing its path only', () => {
    const text = 'files:\n  - path: /run/app.conf\n    contents: x\n';
    expect(applyFix(text, 'file-hidden-at-boot', 'Move to `/etc/app.conf`')).toBe('files:\n  - path: /etc/app.conf\n    contents: x\n');
  });

  it('removes a conflicting field, an ignored key and a duplicate entry', () => {
    expect(applyFix('files:\n  - path: etc/a\n    contents: x\n    source: a.txt\n', 'conflicting-file-fields', 'Remove `source`')).toBe(
      'files:\n  - path: etc/a\n    contents: x\n',
    );
    const resources = 'onboot:\n  - name: a\n    image: x\n    resources:\n      memory:\n        limit: 1\n        disableOOMKiller: true\n';
    expect(applyFix(resources, 'ignored-field', 'Remove `disableOOMKiller`')).toBe(
      'onboot:\n  - name: a\n    image: x\n    resources:\n      memory:\n        limit: 1\n',
    );
    const twice = 'files:\n  - path: etc/a\n    contents: x\n  - path: etc/a\n    contents: y\n';
    expect(applyFix(twice, 'duplicate-file-path', 'Remove this entry')).toBe('files:\n  - path: etc/a\n    contents: x\n');
  });

  it('turns a namespace none into new and fixes metadata', () => {
    expect(applyFix('services:\n  - name: a\n    image: x\n    ipc: none\n', 'namespace-path', 'Write `ipc: new`')).toBe(
      'services:\n  - name: a\n    image: x\n    ipc: new\n',
    );
    expect(applyFix('files:\n  - path: etc/m\n    metadata: yml\n', 'invalid-value', 'Use `yaml`')).toBe('files:\n  - path: etc/m\n    metadata: yaml\n');
  });

  it('drops capabilities.add on an image that grants all', () => {
    const text = 'services:\n  - name: sshd\n    image: linuxkit/sshd:v1\n    capabilities.add:\n      - CAP_NET_ADMIN\n    env: [A=1]\n';
    expect(applyFix(text, 'unknown-capability', 'Remove `capabilities.add` (the image grants all already)')).toBe(
      'services:\n  - name: sshd\n    image: linuxkit/sshd:v1\n    env: [A=1]\n',
    );
  });
});

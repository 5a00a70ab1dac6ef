import { describe, expect, it } from 'vitest';
import { applyCommand } from '../commands/applyCommand.ts';
import { applyFix, diagnosticsOf, fixTitles, lineChanges } from './fixTesting.ts';

describe('wrong-type fix for an unquoted mode', () => {
  it('quotes a file mode keeping its digits as written', () => {
    const before = `files:
  - path: etc/motd
    contents: "hello"
    mode: 0600 # owner only
  - path: etc/issue
    contents: "hi"
`;
    const after = applyFix(before, 'wrong-type', 'Quote as "0600"');
    expect(lineChanges(before, after)).toEqual({ removed: ['    mode: 0600 # owner only\n'], added: ['    mode: "0600" # owner only\n'] });
  });

  it('quotes a device mode inside a flow mapping', () => {
    const before = `services:
  - name: getty
    image: linuxkit/getty:v1
    devices:
      - {path: /dev/console, type: c, major: 5, minor: 1, mode: 0666}
`;
    const after = applyFix(before, 'wrong-type', 'Quote as "0666"');
    expect(after).toBe(before.replace('mode: 0666}', 'mode: "0666"}'));
  });

  it('offers nothing for a mode LinuxKit could not read as octal, or for other wrong types', () => {
    const text = 'files:\n  - path: etc/x\n    mode: 0o755\n    contents: 3\n';
    expect(diagnosticsOf(text, 'wrong-type').map((d) => d.fixes)).toEqual([undefined, undefined]);
  });

  it('refuses when the scalar no longer reads as it did', () => {
    const text = 'files:\n  - path: etc/x\n    mode: 0644\n';
    const result = applyCommand(text, { type: 'quoteScalar', path: ['files', 0, 'mode'], source: '0600' });
    expect(result.ok).toBe(false);
    expect(applyCommand(text, { type: 'quoteScalar', path: ['files', 1, 'mode'], source: '0644' }).ok).toBe(false);
  });
});

describe('unknown-field fix for a Docker-style `volumes:` list', () => {
  it('renames the key to `binds`, fixes the volume name and renames the top-level volume with it', () => {
    const before = `services:
  # the app
  - name: app
    image: example/app:1.0
    volumes: # from docker-compose
      - appData:/opt/app/data
      - /etc/hosts:/etc/hosts:ro
  - name: backup
    image: example/backup:1.0
    binds: ["appData:/backup"]
volumes:
  - name: appData # the app's data
`;
    expect(fixTitles(before, 'unknown-field')).toEqual(['Turn `volumes:` into `binds:` (renames volume `appData` to `appdata`)']);
    const after = applyFix(before, 'unknown-field', 'Turn `volumes:` into `binds:` (renames volume `appData` to `appdata`)');
    expect(after).toBe(`services:
  # the app
  - name: app
    image: example/app:1.0
    binds: # from docker-compose
      - appdata:/opt/app/data
      - /etc/hosts:/etc/hosts:ro
  - name: backup
    image: example/backup:1.0
    binds: ["appdata:/backup"]
volumes:
  - name: appdata # the app's data
`);
    expect(diagnosticsOf(after, 'invalid-volume-name')).toEqual([]);
  });

  it('creates a volume that is missing, under a valid name', () => {
    const before = `services:
  - name: app
    image: example/app:1.0
    volumes:
      - appData:/opt/app/data
`;
    const title = 'Turn `volumes:` into `binds:` (adds volume `appdata`)';
    const after = applyFix(before, 'unknown-field', title);
    expect(after).toBe(`services:
  - name: app
    image: example/app:1.0
    binds:
      - appdata:/opt/app/data
volumes:
  - name: appdata
`);
    expect(diagnosticsOf(after, 'unknown-volume')).toEqual([]);
  });

  it('appends to an existing `binds` list and removes `volumes:`', () => {
    const before = `services:
  - name: app
    image: example/app:1.0
    binds:
      - data:/data # kept
    volumes:
      - data:/more
    net: host
volumes:
  - name: data
`;
    const after = applyFix(before, 'unknown-field', 'Move `volumes:` entries into `binds:`');
    // the entry lands right where it was: only the `volumes:` line goes
    expect(lineChanges(before, after)).toEqual({ removed: ['    volumes:\n'], added: [] });
    expect(after).toContain('      - data:/data # kept\n      - data:/more\n    net: host\n');
  });

  it('uses `binds.add` for a LinuxKit package, so its default binds stay', () => {
    const before = `services:
  - name: getty
    image: linuxkit/getty:a86d74c8f89be8956330c3b115b0b1f2e09ef6e0
    volumes: [logs:/logs]
volumes:
  - name: logs
`;
    const after = applyFix(before, 'unknown-field', 'Turn `volumes:` into `binds.add:`');
    expect(after).toBe(before.replace('volumes: [logs:/logs]', 'binds.add: [logs:/logs]'));
  });

  it('offers nothing when an entry is not a bind LinuxKit could take', () => {
    const text = 'services:\n  - name: app\n    image: example/app:1.0\n    volumes:\n      - /anonymous\n';
    expect(fixTitles(text, 'unknown-field')).toEqual([]);
  });
});

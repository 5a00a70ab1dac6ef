import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../tests/corpus.ts';
import { analyze } from '../analyze.ts';
import { applyCommand } from '../commands/applyCommand.ts';

/** Configs with many fixable problems at once, in the shapes people write them. */
const BROKEN = [
  `services:
  - name: web
    image: nginx:1.27
    binds:
      - logs:/var/log:rshared
      - "logs:/l2"
      - dta:/data
      - Bad:/bad
    mounts:
      - type: bind
        source: logs
        destination: /m
        options: [rbind, rw]
      - {type: bind, source: lgs, destination: /n, options: [rbind, ro]}
  - name: web
    image: nginx:1.27
volumes:
  - name: logs
    readonly: true
  - name: data
  - name: Data X
  - name: data
  - name: unused
  - {}
  - {}
`,
  `onboot:
  - name: a
    image: alpine:3.20
  - name: a
    image: alpine:3.20
    devices: [{path: /dev/console, type: c, major: 5, minor: 1, mode: 0666}]
services:
  - name: app
    image: example/app:1.0
    volumes:
      - appData:/opt/app/data
      - cache:/cache:ro
      - /etc:/etc
  - name: getty
    image: linuxkit/getty:a86d74c8f89be8956330c3b115b0b1f2e09ef6e0
    binds.add: [/a:/a]
    binds:
      - appData:/x
files:
  - path: etc/x
    contents: hi
    mode: 0600
volumes:
  - name: appData
`,
  `services:
  - name: getty
    image: linuxkit/getty:a86d74c8f89be8956330c3b115b0b1f2e09ef6e0
    binds: [data:/data]
    volumes: [data:/more, NewOne:/new]
volumes:
  - name: data
  - image: alpine:3.20
`,
  `onboot:
  - name: a
    image: alpine:3.20
    uid: "100"
    gid: bbx
    capabilities:
      - CAP_SYS_ADMIN # admin
      - cap_net_admin
    rlimits: ["nofiel,10,20"]
  - name: bbb
    image: "alpine :3.20"
    binds:
      - data:/data:ro
      - data:/data:ro
      - logs:/logs:ro
volumes:
  - name: data
  - name: logs
    format: oci
`,
];

/** Habits that break real configs in ways the fixes are for. */
const MUTATIONS: Record<string, (text: string) => string> = {
  'unquoting modes': (t) => t.replace(/mode: "([0-7]+)"/g, 'mode: $1'),
  'Docker-style volumes lists': (t) => t.replace(/^(\s+)binds(\.add)?:/gm, '$1volumes:'),
  'binds instead of binds.add': (t) => t.replace(/^(\s+)binds\.add:/gm, '$1binds:'),
  'a typo in bound volume names': (t) => t.replace(/^(\s+- "?)([a-z][a-z0-9_-]+)(:\/)/gm, '$1$2x$3'),
  'read-only volumes': (t) => t.replace(/^(\s+- name: [a-z0-9_-]+)$(?!\n\s+readonly:)/gm, '$1\n    readonly: true'),
};

function countOf(text: string, code: string): number {
  return analyze(text).diagnostics.filter((d) => d.code === code).length;
}

/** Every fix of every diagnostic applies and leaves fewer diagnostics of that code. */
function checkAllFixes(text: string): number {
  let applied = 0;
  for (const d of analyze(text).diagnostics) {
    for (const fix of d.fixes ?? []) {
      const result = applyCommand(text, fix.command);
      if (!result.ok) throw new Error(`${d.code} fix "${fix.title}" was refused: ${result.reason}`);
      expect(analyze(result.text).wellFormed).toBe(true);
      expect(countOf(result.text, d.code), `${d.code} fix "${fix.title}"`).toBeLessThan(countOf(text, d.code));
      applied++;
    }
  }
  return applied;
}

describe('every quick fix works', () => {
  it.each(BROKEN.map((t, i) => [i, t] as const))('on broken config %i', (_, text) => {
    expect(checkAllFixes(text)).toBeGreaterThanOrEqual(3);
  });

  it('offers every fix code of the task in the broken configs', () => {
    const codes = new Set(BROKEN.flatMap((t) => analyze(t).diagnostics.filter((d) => d.fixes?.length).map((d) => d.code)));
    for (const code of [
      'readonly-volume-mounted-rw',
      'unknown-volume',
      'invalid-volume-name',
      'duplicate-volume-name',
      'duplicate-service-name',
      'duplicate-container-name',
      'wrong-type',
      'unknown-field',
      'binds-replace-image-defaults',
      'unused-volume',
    ] as const) {
      expect(codes, code).toContain(code);
    }
  });

  it('on every corpus file', () => {
    let applied = 0;
    for (const entry of loadCorpus()) applied += checkAllFixes(entry.text);
    expect(applied).toBeGreaterThan(0);
  });

  it.each(Object.entries(MUTATIONS))('on every corpus file broken by %s', (_, mutate) => {
    let applied = 0;
    for (const entry of loadCorpus()) {
      const broken = mutate(entry.text);
      if (broken !== entry.text) applied += checkAllFixes(broken);
    }
    expect(applied).toBeGreaterThan(0);
  });
});

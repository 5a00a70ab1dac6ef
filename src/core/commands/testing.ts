// Test helpers for commands: run one, check its edits and the re-parsed result.
import { expect } from 'vitest';
import { analyze } from '../analyze.ts';
import { applyEdits } from '../edit/applyEdits.ts';
import type { ConfigModel } from '../model/types.ts';
import { applyCommand } from './applyCommand.ts';
import type { Command } from './types.ts';

/** Runs a command that must succeed; checks its edits reproduce its text and the text is well-formed. */
export function ok(text: string, command: Command): { text: string; model: ConfigModel; selectId?: string; editCount: number } {
  const result = applyCommand(text, command);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  expect(applyEdits(text, result.edits)).toBe(result.text);
  const analysis = analyze(result.text);
  expect(analysis.wellFormed).toBe(true);
  const out = { text: result.text, model: analysis.parsed.model, editCount: result.edits.length };
  return result.selectId === undefined ? out : { ...out, selectId: result.selectId };
}

/** Runs a command that must be refused; returns the reason. */
export function refused(text: string, command: Command): string {
  const result = applyCommand(text, command);
  if (result.ok) throw new Error(`expected a refusal, got:\n${result.text}`);
  expect(result.reason.length).toBeGreaterThan(10);
  return result.reason;
}

function lines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** The lines removed from `before` and added in `after` (line LCS): everything else is byte-identical. */
export function lineChanges(before: string, after: string): { removed: string[]; added: string[] } {
  const a = lines(before);
  const b = lines(after);
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) added.push(b[j++]);
    else removed.push(a[i++]);
  }
  return { removed, added };
}

/** A YAML fixture with comments everywhere: head, own-line, trailing, between and after items. */
export const COMMENTED = `# LinuxKit config with comments everywhere
kernel:
  image: linuxkit/kernel:6.12.59 # pinned
  cmdline: "console=tty0"
init:
  - linuxkit/init:b5506cc74a6812dc40982cacfd2f4328f8a4b12a
onboot:
  # first boot step
  - name: sysctl # trailing on name
    image: linuxkit/sysctl:43ac1d39da329c3567fcb9689e5ca99de6d169b6

  # formats the disk
  - name: format
    image: linuxkit/format:v1
    binds:
      - data:/data # the data disk
services:
  - name: getty
    image: 'linuxkit/getty:a86d74c8f89be8956330c3b115b0b1f2e09ef6e0'
    binds.add:
      # keeps the package defaults
      - /var/tmp:/var/tmp
    # after getty's keys
  - name: web
    image: nginx:1.27
    uid: getty
    binds: [data:/srv/data, "logs:/var/log/nginx:ro"]
    mounts:
      - type: bind
        source: cache
        destination: /cache
        options: ["rbind", "rw"]
# between sections
volumes:
  - name: data # the main volume
  - name: logs
    readonly: true
  - name: cache
    image: alpine:3.20
# the end
`;

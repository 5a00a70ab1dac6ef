// Runs the built CLI as a separate process, as a user or a CI script would.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A hang fails the test instead of stalling the run (a guard, not a speed check: speed is measured by npm run bench). */
export const CLI_TIMEOUT_MS = 60_000;

const root = resolve(fileURLToPath(import.meta.url), '../../..');

export function cliPath(): string {
  // Provided by tests/globalSetup.cli.ts; without it, the last `npm run build:cli` output.
  const path = inject('cliPath') ?? resolve(root, 'dist-cli/linuxkit-studio.js');
  if (!existsSync(path)) throw new Error(`CLI not built at ${path}: run npm run build:cli`);
  return path;
}

export function runCli(args: string[], options: { input?: string | Uint8Array; env?: Record<string, string>; cwd?: string; timeoutMs?: number } = {}): CliRun {
  const result = spawnSync(process.execPath, [cliPath(), ...args], {
    input: options.input ?? '',
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: undefined, ...options.env },
    encoding: 'utf8',
    timeout: options.timeoutMs ?? CLI_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface JsonEntry {
  file: string;
  valid: boolean;
  diagnostics: {
    severity: string;
    code: string;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
  }[];
  error?: { code: string; message: string };
}

export function runJson(args: string[], options: { input?: string | Uint8Array } = {}): { status: number | null; entries: JsonEntry[] } {
  const run = runCli(['validate', '--json', ...args], options);
  return { status: run.status, entries: JSON.parse(run.stdout) as JsonEntry[] };
}

// The CLI as a process against hostile or unlucky surroundings: file names that carry terminal
// escapes, inputs that are not files, outputs that fail, many huge inputs.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { CLI_TIMEOUT_MS, runCli } from './runCli.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lks-robust-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const VALID = 'services:\n  - name: web\n    image: nginx:1.27\n';
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Spawns the CLI with the given stdio (for closed or full outputs); resolves with its exit status and what it said. */
function runWith(args: string[], setup: (child: ReturnType<typeof spawn>) => void, stdio: ('pipe' | 'ignore' | number)[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [inject('cliPath'), ...args], { stdio: stdio as never, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout?.on('error', () => undefined);
    child.stderr?.on('error', () => undefined);
    const guard = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('the CLI hung'));
    }, CLI_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(guard);
      resolve({ status, stdout, stderr });
    });
    setup(child);
  });
}

describe('terminal injection', () => {
  it('an option-like file name with escape sequences is reported without them', () => {
    const run = runCli(['validate', '-\x1b]0;PWNED\x07\x1b[2J.yml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown option '-␛]0;PWNED␇␛[2J.yml'");
    expect(run.stderr).not.toMatch(CONTROL);
  });

  it('a missing file whose name holds a newline and escapes is one line, without them', () => {
    const run = runCli(['validate', join(dir, 'a\nother.yml:9:9: error[fake]: \x1b[31mb.yml')]);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('a␊other.yml:9:9');
    expect(run.stderr).not.toMatch(CONTROL);
  });

  it('a quoted YAML key with a newline cannot print a fake diagnostic line', () => {
    const path = write('key.yml', `${VALID}"x\\nother.yml:9:9: error[yaml-syntax]: fake\\e[2J": 1\n`);
    const run = runCli(['validate', path]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('unknown-field');
    expect(run.stdout.split('\n').some((l) => l.startsWith('other.yml:'))).toBe(false);
    expect(run.stdout).not.toMatch(CONTROL);
  });

  it('JSON output stays exact', () => {
    const path = write('key-json.yml', `${VALID}"x\\ny": 1\n`);
    const run = runCli(['validate', '--json', path]);
    const [entry] = JSON.parse(run.stdout) as { diagnostics: { message: string }[] }[];
    expect(entry.diagnostics.some((d) => d.message.includes('x\ny'))).toBe(true);
  });
});

describe('inputs that are not regular files', () => {
  let server: Server;
  let socketPath: string;
  beforeAll(async () => {
    socketPath = join(dir, 'sock.yml');
    server = createServer();
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  });
  afterAll(() => server.close());

  it('a FIFO with no writer is refused with exit 2 at once, and the other files are still judged', () => {
    const fifo = join(dir, 'pipe.yml');
    execFileSync('mkfifo', [fifo]);
    const good = write('good.yml', VALID);
    const run = runCli(['validate', fifo, good]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('pipe.yml: error: cannot read: it is a FIFO (named pipe), not a regular file');
    expect(run.stdout).toContain('0 errors, 0 warnings, 1 file not checked in 2 files');
  });

  it('a socket and a device are refused, the system message (which repeats the path) is not echoed', () => {
    const run = runCli(['validate', '--json', socketPath, '/dev/zero']);
    expect(run.status).toBe(2);
    const entries = JSON.parse(run.stdout) as { file: string; error?: { code: string; message: string } }[];
    expect(entries[0].error).toEqual({ code: 'ENXIO', message: 'cannot read: it is a socket or a device with nothing behind it, not a regular file' });
    expect(entries[1].error).toMatchObject({ code: 'ENOTREG', message: expect.stringContaining('a device, not a regular file') });
  });
});

describe('outputs that fail', () => {
  it('a full disk on standard output ends with exit 2 and one line, no stack trace', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = await runWith(['validate', write('full.yml', VALID)], () => undefined, ['ignore', full, 'pipe']);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe('linuxkit-studio: cannot write to standard output: no space left on the device (ENOSPC)\n');
    } finally {
      closeSync(full);
    }
  });

  it('a closed pipe on standard error ends with exit 2', async () => {
    const run = await runWith(['validate', join(dir, 'missing.yml')], (child) => child.stderr?.destroy(), ['ignore', 'pipe', 'pipe']);
    expect(run.status).toBe(2);
  });

  it('a closed pipe on standard output ends with exit 2 and says so on standard error', async () => {
    const run = await runWith(['validate', write('pipe-out.yml', VALID)], (child) => child.stdout?.destroy(), ['ignore', 'pipe', 'pipe']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('linuxkit-studio: cannot write to standard output: the reader closed the pipe (EPIPE)\n');
  });
});

describe('names and memory', () => {
  it('a file name that is not UTF-8 is opened and shown with its bytes', () => {
    const name = Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from('.yml')]);
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), name]), 'services:\n  - name: web\n');
    // Node passes arguments as UTF-8: the shell hands the raw byte on, as a user's shell would
    const run = spawnSync('bash', ['-c', `"$0" "$1" validate "$(printf 'caf\\xe9.yml')"`, process.execPath, inject('cliPath')], {
      cwd: dir,
      encoding: 'utf8',
      timeout: CLI_TIMEOUT_MS,
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('caf\\xE9.yml:2:5: error[missing-field]');
  });

  it('many huge inputs are judged one by one: their texts do not pile up in memory', () => {
    const line = `# ${'a'.repeat(1000)}\n`;
    const big = write('big.yml', line.repeat(20_000)); // 20 MB
    // eight texts of 20 MB kept to the end would pass this heap limit; one at a time stays far below it
    const run = spawnSync(process.execPath, ['--max-old-space-size=120', inject('cliPath'), 'validate', ...Array<string>(8).fill(big)], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.stderr).not.toContain('heap out of memory');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('8 errors, 0 warnings in 8 files');
  }, 150_000);
});

// Runs npm scripts side by side (typecheck and lint are single-threaded: on 2 cores together they
// take the time of one) and fails if any fails, after all have finished and printed.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
const runs = scripts.map(
  (name) =>
    new Promise((resolve) => {
      const out = [];
      const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.on('data', (d) => out.push(d));
      child.stderr.on('data', (d) => out.push(d));
      child.on('close', (code) => {
        // each script's output in one piece, so two failures do not interleave
        process.stdout.write(`> ${name}${code === 0 ? '' : ` (exit ${code})`}\n${Buffer.concat(out).toString()}`);
        resolve(code ?? 1);
      });
    }),
);
const codes = await Promise.all(runs);
process.exit(codes.some((c) => c !== 0) ? 1 : 0);

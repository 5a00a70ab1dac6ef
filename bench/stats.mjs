// Timing helpers for bench/run.mjs.

/** Times `fn` `samples` times after `warmup` untimed runs; collects garbage before each timed run when possible. */
export function measure(fn, { samples, warmup }) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let i = 0; i < samples; i++) {
    if (typeof gc === 'function') gc();
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return summarize(times);
}

export function summarize(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95), samples: sorted.length };
}

/** Pads cells into aligned columns; numbers right-aligned. */
export function table(header, rows) {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, c) => Math.max(...cells.map((row) => row[c].length)));
  const line = (row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

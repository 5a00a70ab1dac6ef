// `node bench/profileSummary.mjs file.cpuprofile [n]`: the functions with the most self time
// and the most total (inclusive) time, to find what a slow benchmark figure is made of.
import { readFileSync } from 'node:fs';

const [file, count = '25'] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfUs = new Map();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

const label = (n) => {
  const f = n.callFrame;
  const url = f.url.replace(/^.*\/assets\//, '');
  return `${f.functionName || '(anonymous)'} ${url}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
};
const self = new Map();
const total = new Map();
for (const [id, us] of selfUs) {
  const key = label(byId.get(id));
  self.set(key, (self.get(key) ?? 0) + us);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const k = label(byId.get(at));
    if (seen.has(k)) continue;
    seen.add(k);
    total.set(k, (total.get(k) ?? 0) + us);
  }
}
const top = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(count));
console.log('self ms   function');
for (const [k, us] of top(self)) console.log(`${(us / 1000).toFixed(0).padStart(7)}   ${k}`);
console.log('\ntotal ms  function');
for (const [k, us] of top(total)) console.log(`${(us / 1000).toFixed(0).padStart(7)}   ${k}`);

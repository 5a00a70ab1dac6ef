// The machine the figures come from: they mean little without it.
import { cpus, freemem, loadavg, totalmem } from 'node:os';

export function printMachine() {
  const cpu = cpus();
  console.log(`CPU     ${cpu[0]?.model ?? 'unknown'} × ${cpu.length} cores`);
  console.log(`Memory  ${gib(totalmem())} GiB total, ${gib(freemem())} GiB free`);
  console.log(`Load    ${loadLine()}`);
  console.log(`Node    ${process.version} (${process.platform}/${process.arch})${typeof gc === 'function' ? ', gc before each sample' : ', run with --expose-gc for steadier numbers'}`);
}

export function loadLine() {
  const [one, five] = loadavg();
  const busy = one > cpus().length / 2 ? ': the machine is busy, expect noisy numbers' : '';
  return `${one.toFixed(2)} (1 min), ${five.toFixed(2)} (5 min)${busy}`;
}

function gib(bytes) {
  return (bytes / 1024 ** 3).toFixed(1);
}

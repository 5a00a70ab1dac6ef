// Hostile inputs, generated at test time (never committed).

/** "Billion laughs": 9 levels of 9 aliases each, about 387 million nodes once expanded. */
export function aliasBomb(): string {
  const lines = ['lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= 9; i++) lines.push(`lol${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

/** The same bomb inside a container field, where the model would convert it to plain values. */
export function aliasBombInContainer(): string {
  const lines = ['kernel:', '  image: linuxkit/kernel:6.6.71', 'services:', '  - name: laughs', '    image: alpine:3.20', '    env: &e0 [a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10]'];
  for (let i = 1; i <= 8; i++) lines.push(`    x-${i}: &e${i} [${Array(10).fill(`*e${i - 1}`).join(', ')}]`);
  lines.push('    capabilities: *e8');
  return `${lines.join('\n')}\n`;
}

export const DEEP = 5000;

export function deepFlow(): string {
  return `kernel: ${'['.repeat(DEEP)}${']'.repeat(DEEP)}\n`;
}

export function deepFlowMaps(): string {
  return `kernel: ${'{a: '.repeat(DEEP)}1${'}'.repeat(DEEP)}\n`;
}

/** 5,000 block sequences nested on one line (`- - - x`): small, yet 5,000 levels deep. */
export function deepBlockCompact(): string {
  return `services:\n  ${'- '.repeat(DEEP)}x\n`;
}

/** 5,000 block mappings, one more space of indentation each: about 12 MB. */
export function deepBlockIndented(): string {
  const parts: string[] = [];
  for (let i = 0; i < DEEP; i++) parts.push(`${' '.repeat(i)}k${i}:\n`);
  return parts.join('');
}

/** A plausible config repeated up to 5 MiB. */
export function fiveMegabytes(): string {
  const service = (i: number) => `  - name: svc${i}\n    image: linuxkit/getty:v1.0.0\n    binds:\n      - /etc/resolv.conf:/etc/resolv.conf\n`;
  const parts = ['kernel:\n  image: linuxkit/kernel:6.6.71\nservices:\n'];
  let size = parts[0].length;
  for (let i = 0; size < 5 * 1024 * 1024; i++) {
    parts.push(service(i));
    size += parts[parts.length - 1].length;
  }
  return parts.join('');
}

/** Deterministic pseudo-random bytes (xorshift), with NULs sprinkled in. */
export function randomBytes(length: number, seed = 0x2545f491): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = i % 17 === 0 ? 0 : x & 0xff;
  }
  return out;
}

/** ASCII text with a NUL in it: valid UTF-8, yet binary. */
export function asciiWithNul(): string {
  return 'kernel:\n  image: linuxkit/kernel:6.6.71\n  cmdline: "con\0sole"\n';
}

/** Valid UTF-8 up to line 3, then a lone 0xFF byte. */
export function invalidUtf8(): Uint8Array {
  return Buffer.concat([Buffer.from('kernel:\n  image: linuxkit/kérnel:6.6.71\n  cmdline: "x'), Buffer.from([0xff]), Buffer.from(' y"\n')]);
}

export const LONG = 100_000;

/** A 100,000-character line with a duplicate key at its far end. */
export function longLine(): string {
  return `kernel: {image: linuxkit/kernel:6.6.71, cmdline: "${'x'.repeat(LONG)}", image: again}\n`;
}

export const WIDE = 100_000;

/** A container whose sysctl mapping has 100,000 keys, the last one repeating the first (about 2.4 MB). */
export function wideMapping(): string {
  const lines = ['kernel:', '  image: linuxkit/kernel:6.6.71', 'services:', '  - name: wide', '    image: docker.io/library/alpine:3.20.1', '    sysctl:'];
  for (let i = 0; i < WIDE; i++) lines.push(`      net.example.key${i}: "${i}"`);
  lines.push('      net.example.key0: "again"');
  return `${lines.join('\n')}\n`;
}

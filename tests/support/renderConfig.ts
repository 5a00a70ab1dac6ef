// Writes a ConfigSpec as YAML text in a random but realistic style: 2 or 4 spaces, indented or
// flush sequences, flow lists and flow-mapping volumes, quoted and plain scalars, blank lines,
// `image` before `name`, CRLF, no final newline, and comments in many places. Each comment is recorded with the tags of the elements whose removal may
// take it away.
import type { MountForm, Section } from '../../src/core/model/types.ts';
import type { ConfigSpec, ContainerSpec, MountSpec, VolumeSpec } from './configSpec.ts';
import { rng, type Rng } from './prng.ts';

export interface CommentRecord {
  /** Unique text inside the comment, e.g. `k12.` */
  token: string;
  /** `c:<container>`, `v:<volume>`, `m:<container>:<destination>`, `key:<section>`, `key:<container>:<form>`, `tail:<section>`. */
  tags: string[];
}

export interface Rendered {
  text: string;
  comments: CommentRecord[];
}

export interface RenderStyle {
  indent: number;
  /** Items of a block list one indent deeper than its key (else flush with it). */
  indentedSeq: boolean;
  commentRate: number;
  /** Chance of a blank line before a list item or a section. */
  blankRate: number;
  eol: '\n' | '\r\n';
  finalNewline: boolean;
}

class Writer {
  readonly lines: string[] = [];
  readonly comments: CommentRecord[] = [];
  constructor(
    readonly r: Rng,
    readonly style: RenderStyle,
  ) {}

  /** ` # kN.` after a line, or nothing. */
  trailing(tags: string[]): string {
    if (!this.r.chance(this.style.commentRate)) return '';
    const token = `k${this.comments.length}.`;
    this.comments.push({ token, tags });
    return ` # ${token} ${this.r.pick(['note', 'see docs', 'pinned', ''])}`.trimEnd();
  }

  ownLine(col: number, tags: string[]): void {
    const text = this.trailing(tags);
    if (text !== '') this.lines.push(`${' '.repeat(col)}${text.trimStart()}`);
  }

  scalar(value: string): string {
    const quote = this.r.pick(['plain', 'plain', 'single', 'double'] as const);
    return quote === 'plain' ? value : quote === 'single' ? `'${value}'` : `"${value}"`;
  }

  /** A column for a comment between list items: usually the dash's, sometimes 0 or deeper (any is valid YAML). */
  gapCol(dash: number): number {
    return this.r.pick([dash, dash, dash, 0, dash + 2]);
  }

  seqCol(keyCol: number): number {
    return keyCol + (this.style.indentedSeq ? this.style.indent : 0);
  }
}

function bindText(m: MountSpec): string {
  return `${m.source}:${m.destination}${m.readOnly ? ':ro' : ''}`;
}

function writeBinds(w: Writer, col: number, c: ContainerSpec, form: MountForm, mounts: MountSpec[]): void {
  const keyTags = [`c:${c.name}`, `key:${c.name}:${form}`];
  const mountTag = (m: MountSpec) => `m:${c.name}:${m.destination}`;
  if (form !== 'mounts' && w.r.chance(0.3)) {
    w.lines.push(`${' '.repeat(col)}${form}: [${mounts.map((m) => w.scalar(bindText(m))).join(', ')}]${w.trailing(keyTags)}`);
    return;
  }
  w.lines.push(`${' '.repeat(col)}${form}:${w.trailing(keyTags)}`);
  const dash = w.seqCol(col);
  mounts.forEach((m, j) => {
    const around = j > 0 ? [mountTag(mounts[j - 1]), mountTag(m)] : [mountTag(m)];
    w.ownLine(w.gapCol(dash), [...keyTags, ...around]);
    const mine = [...keyTags, mountTag(m)];
    if (form !== 'mounts') {
      w.lines.push(`${' '.repeat(dash)}- ${w.scalar(bindText(m))}${w.trailing(mine)}`);
      return;
    }
    const pad = ' '.repeat(dash + 2);
    const options = `[rbind, ${m.readOnly ? 'ro' : 'rw'}]`;
    w.lines.push(`${' '.repeat(dash)}- type: bind${w.trailing(mine)}`);
    w.lines.push(`${pad}source: ${w.scalar(m.source)}`, `${pad}destination: ${w.scalar(m.destination)}${w.trailing(mine)}`);
    w.lines.push(`${pad}options: ${options}`);
  });
}

function writeContainer(w: Writer, dash: number, c: ContainerSpec): void {
  const tags = [`c:${c.name}`];
  const pad = ' '.repeat(dash + 2);
  const head = [`name: ${w.scalar(c.name)}${w.trailing(tags)}`, `image: ${w.scalar(c.image)}${w.trailing(tags)}`];
  if (w.r.chance(0.3)) head.reverse();
  w.lines.push(`${' '.repeat(dash)}- ${head[0]}`, `${pad}${head[1]}`);
  w.ownLine(dash + 2, tags);
  if (c.capabilities.length > 0) {
    if (w.r.chance(0.5)) w.lines.push(`${pad}capabilities: [${c.capabilities.join(', ')}]`);
    else w.lines.push(`${pad}capabilities:`, ...c.capabilities.map((cap) => `${' '.repeat(w.seqCol(dash + 2))}- ${cap}`));
  }
  if (c.net !== undefined) w.lines.push(`${pad}net: ${c.net}`);
  for (const form of ['binds', 'binds.add', 'mounts'] as const) {
    const mounts = c.mounts.filter((m) => m.form === form);
    if (mounts.length > 0) writeBinds(w, dash + 2, c, form, mounts);
  }
}

function writeVolume(w: Writer, dash: number, v: VolumeSpec): void {
  const tags = [`v:${v.name}`];
  const pad = ' '.repeat(dash + 2);
  if (w.r.chance(0.25)) {
    const fields = [`name: ${w.scalar(v.name)}`, ...(v.image !== undefined ? [`image: ${w.scalar(v.image)}`] : []), ...(v.readonly ? ['readonly: true'] : [])];
    w.lines.push(`${' '.repeat(dash)}- {${fields.join(', ')}}${w.trailing(tags)}`);
    return;
  }
  w.lines.push(`${' '.repeat(dash)}- name: ${w.scalar(v.name)}${w.trailing(tags)}`);
  if (v.image !== undefined) w.lines.push(`${pad}image: ${w.scalar(v.image)}`);
  if (v.readonly) w.lines.push(`${pad}readonly: true${w.trailing(tags)}`);
}

/** One top-level list: key, items with comments between them. Returns the tags of its tail. */
function writeList<T>(w: Writer, key: string, items: T[], tagOf: (item: T) => string, write: (dash: number, item: T) => void): string[] {
  const keyTag = `key:${key}`;
  w.lines.push(`${key}:${w.trailing([keyTag])}`);
  const dash = w.seqCol(0);
  items.forEach((item, i) => {
    const around = i > 0 ? [tagOf(items[i - 1]), tagOf(item)] : [tagOf(item)];
    if (w.r.chance(w.style.blankRate)) w.lines.push('');
    w.ownLine(w.gapCol(dash), [keyTag, ...around]);
    write(dash, item);
  });
  return [keyTag, `tail:${key}`, tagOf(items[items.length - 1])];
}

export function renderConfig(spec: ConfigSpec, seed: number): Rendered {
  const r = rng(seed);
  const style: RenderStyle = {
    indent: r.pick([2, 4]),
    indentedSeq: r.chance(0.6),
    commentRate: r.pick([0, 0.3, 0.7]),
    blankRate: r.pick([0, 0.3]),
    eol: r.chance(0.2) ? '\r\n' : '\n',
    finalNewline: r.chance(0.85),
  };
  const w = new Writer(r, style);
  w.ownLine(0, []);
  const ind = ' '.repeat(style.indent);
  if (spec.kernel) w.lines.push('kernel:', `${ind}image: ${w.scalar('linuxkit/kernel:6.6.13')}`, `${ind}cmdline: "console=tty0"`);
  if (r.chance(0.4)) w.lines.push(`init: [${spec.init.join(', ')}]`);
  else w.lines.push('init:', ...spec.init.map((i) => `${' '.repeat(w.seqCol(0))}- ${w.scalar(i)}`));
  let tail: string[] = [];
  const sections: [string, () => void][] = [];
  for (const section of ['onboot', 'services', 'onshutdown'] as Section[]) {
    const list = spec.sections[section];
    if (list.length === 0) continue;
    sections.push([section, () => (tail = writeList(w, section, list, (c) => `c:${c.name}`, (d, c) => writeContainer(w, d, c)))]);
  }
  if (spec.volumes.length > 0) {
    sections.push(['volumes', () => (tail = writeList(w, 'volumes', spec.volumes, (v) => `v:${v.name}`, (d, v) => writeVolume(w, d, v)))]);
  }
  for (const [key, write] of sections) {
    // a comment between sections may end up with either neighbour
    if (w.r.chance(style.blankRate)) w.lines.push('');
    if (tail.length > 0) w.ownLine(0, [...tail, `key:${key}`]);
    write();
  }
  if (tail.length > 0) w.ownLine(0, tail);
  return { text: w.lines.join(style.eol) + (style.finalNewline ? style.eol : ''), comments: w.comments };
}

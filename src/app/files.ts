/** One file of the build: its name (what Export downloads) and its text, the truth for that file. */
export interface StudioFile {
  name: string;
  text: string;
}

/** The name of a build's one file, whatever file it was opened from (what Export downloads). */
export const MAIN_FILE = 'linuxkit.yml';

export function fileNamed(files: readonly StudioFile[], name: string): StudioFile | undefined {
  return files.find((f) => f.name === name);
}

/** The files with one file's text replaced (the same array when it is already that text). */
export function withText(files: StudioFile[], name: string, text: string): StudioFile[] {
  const i = files.findIndex((f) => f.name === name);
  if (i < 0 || files[i].text === text) return files;
  return files.map((f, j) => (j === i ? { name, text } : f));
}

/** The files with one moved to `toIndex` (clamped); the same array when nothing moves. */
export function movedFile(files: StudioFile[], name: string, toIndex: number): StudioFile[] {
  const from = files.findIndex((f) => f.name === name);
  const to = Math.max(0, Math.min(files.length - 1, toIndex));
  if (from < 0 || from === to) return files;
  const next = files.filter((_, i) => i !== from);
  next.splice(to, 0, files[from]);
  return next;
}

/** Names are how files are told apart: a repeated (or empty) one gets a number, `base.yml` → `base-2.yml`. */
export function uniqueFileNames(files: readonly StudioFile[]): StudioFile[] {
  const taken = new Set<string>();
  return files.map((f) => {
    const base = f.name.trim() === '' ? MAIN_FILE : f.name;
    let name = base;
    for (let n = 2; taken.has(name); n++) name = numbered(base, n);
    taken.add(name);
    return name === f.name ? f : { name, text: f.text };
  });
}

function numbered(name: string, n: number): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)}-${n}${name.slice(dot)}` : `${name}-${n}`;
}

export function sameFiles(a: readonly StudioFile[], b: readonly StudioFile[]): boolean {
  return a.length === b.length && a.every((f, i) => f.name === b[i].name && f.text === b[i].text);
}

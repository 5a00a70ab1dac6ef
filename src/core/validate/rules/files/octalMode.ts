// File and device modes as LinuxKit parses them: strconv.ParseInt(mode, 8, 32)
// (moby/build/build.go filesystem for files, moby/config.go ConfigToOCI for devices).

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** Whether Go's `strconv.ParseInt(s, 8, 32)` accepts `s`: an optional sign, octal digits, no prefix, within int32. */
export function parsesAsOctal(s: string): boolean {
  const m = /^[+-]?([0-7]+)$/.exec(s);
  if (!m) return false;
  const value = parseInt(m[1], 8) * (s.startsWith('-') ? -1 : 1);
  return value >= INT32_MIN && value <= INT32_MAX;
}

/** The octal string meant by a mode LinuxKit cannot parse (`0o644`, `rw-r--r--`), or undefined when unclear. */
export function intendedOctal(mode: string): string | undefined {
  const s = mode.trim();
  const prefixed = /^0[oO]([0-7]+)$/.exec(s);
  if (prefixed) return `0${prefixed[1]}`.replace(/^0(0[0-7]{3})$/, '$1');
  if (s !== mode && parsesAsOctal(s)) return s;
  const symbolic = /^-?([r-][w-][x-])([r-][w-][x-])([r-][w-][x-])$/.exec(s);
  if (symbolic) {
    const digit = (t: string) => (t[0] === 'r' ? 4 : 0) + (t[1] === 'w' ? 2 : 0) + (t[2] === 'x' ? 1 : 0);
    return `0${digit(symbolic[1])}${digit(symbolic[2])}${digit(symbolic[3])}`;
  }
  return undefined;
}

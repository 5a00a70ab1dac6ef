/** `base-2`, `base-3`, ...: the first that is not taken (it is then added to `taken`). A studio helper for rename fixes. */
export function uniqueName(base: string, taken: Set<string>): string {
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  const name = `${base}-${n}`;
  taken.add(name);
  return name;
}

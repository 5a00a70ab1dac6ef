/**
 * LinuxKit's ReferenceExpand (util/reference.go): a one-part name gets `docker.io/library/`,
 * a two-part name whose first part is not a registry (no `.` or `:`, not `localhost`) gets `docker.io/`.
 * Longer names are left as written.
 */
export function expandReference(ref: string): string {
  const parts = ref.split('/');
  if (parts.length === 1) return `docker.io/library/${ref}`;
  if (parts.length === 2) {
    const first = parts[0];
    if (!first.includes('.') && !first.includes(':') && first !== 'localhost') return `docker.io/${ref}`;
  }
  return ref;
}

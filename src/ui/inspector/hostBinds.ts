// Host-path binds are edited as a list in the container inspector; volume binds stay
// edges on the graph, so a write must keep them where they are.

export function isHostBind(bind: string): boolean {
  return bind.startsWith('/');
}

/** The host-path entries of a binds list, in order. */
export function hostBinds(binds: readonly string[]): string[] {
  return binds.filter(isHostBind);
}

/**
 * The binds list after replacing its host-path entries with `hosts`: each host slot takes
 * the next new entry (or is dropped), volume binds keep their places, extra entries go last.
 */
export function mergeHostBinds(binds: readonly string[], hosts: readonly string[]): string[] {
  const queue = [...hosts];
  const out: string[] = [];
  for (const bind of binds) {
    if (!isHostBind(bind)) out.push(bind);
    else if (queue.length > 0) out.push(queue.shift() as string);
  }
  return [...out, ...queue];
}

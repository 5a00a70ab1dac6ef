/** A transient message for the user: why a graph action was refused, what was saved, ... */
export interface Notice {
  kind: 'error' | 'info';
  message: string;
  /** Increments so that the same message twice is announced twice. */
  id: number;
}

let nextId = 1;
export function notice(kind: Notice['kind'], message: string): Notice {
  return { kind, message, id: nextId++ };
}

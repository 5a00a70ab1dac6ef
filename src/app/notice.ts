/** A transient message for the user: why a graph action was refused, what was saved, ... */
export interface Notice {
  kind: 'error' | 'info';
  message: string;
  /** Increments so that the same message twice is announced twice. */
  id: number;
  /** Says what lasts only until the background analysis of the text arrives (then it goes by itself). */
  untilAnalysed?: boolean;
}

/** The notice after `previous` (the one shown before, or the last one's id). */
export function notice(kind: Notice['kind'], message: string, previousId: number): Notice {
  return { kind, message, id: previousId + 1 };
}

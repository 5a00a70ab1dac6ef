// Property tests size their run counts to take a few seconds on an idle 2-core machine; on a
// loaded shared machine wall time swings several-fold, so they get more than vitest's 30 s.
export const PROPERTY_TIMEOUT_MS = 120_000;

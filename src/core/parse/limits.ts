/** Inputs beyond these are refused with a `resource-limit` diagnostic instead of risking a hang. */
export const LIMITS = {
  /** Characters of text. Real LinuxKit configs are a few KiB; 4 Mi characters is far beyond any. */
  maxTextLength: 4 * 1024 * 1024,
  /** Alias expansions allowed when converting to plain values (yaml's default). */
  maxAliasCount: 100,
  /** Nodes the document may have once its aliases are expanded (LinuxKit's decoder refuses alias bombs). */
  maxAliasExpansion: 100_000,
  /** Nesting depth of collections. */
  maxDepth: 200,
} as const;

/** What a code means, for SARIF rules, help pages and tooltips. */
export interface CodeDoc {
  /** One line: what the check finds. */
  short: string;
  /** What LinuxKit does with such a config, and why it matters. */
  full: string;
  /** How to fix it. */
  fix: string;
}

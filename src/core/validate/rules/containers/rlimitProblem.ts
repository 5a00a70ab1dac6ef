import { closestMatch } from '../../../model/names.ts';

/** The limits ConfigToOCI knows, without their `RLIMIT_` prefix (moby/config.go ConfigToOCI). */
export const KNOWN_RLIMITS: readonly string[] = [
  'CPU',
  'FSIZE',
  'DATA',
  'STACK',
  'CORE',
  'RSS',
  'NPROC',
  'NOFILE',
  'MEMLOCK',
  'AS',
  'LOCKS',
  'SIGPENDING',
  'MSGQUEUE',
  'NICE',
  'RTPRIO',
  'RTTIME',
];

const UINT64_MAX = 18446744073709551615n;

export interface RlimitProblem {
  message: string;
  /** A corrected entry, when the limit name is a near miss. */
  replacement?: string;
}

/**
 * Why ConfigToOCI would reject `name,soft,hard`, in its order: the split into exactly three parts
 * (strings.SplitN), then soft and hard (trimmed; `unlimited` in any case, or strconv.ParseUint
 * base 10, 64 bits), then the limit name (trimmed, any case, `RLIMIT_` optional). Null when it
 * accepts the entry. (moby/config.go ConfigToOCI)
 */
export function rlimitProblem(entry: string): RlimitProblem | null {
  // strings.SplitN(s, ",", 3): extra commas stay in the hard value and make it fail to parse.
  const first = entry.indexOf(',');
  const second = first < 0 ? -1 : entry.indexOf(',', first + 1);
  if (second < 0) {
    return { message: `\`${entry}\` is not \`name,soft,hard\`; write e.g. \`nofile,1024,4096\`.` };
  }
  const parts = [entry.slice(0, first), entry.slice(first + 1, second), entry.slice(second + 1)].map((p) => p.trim());
  const [name, soft, hard] = parts;
  for (const [label, value] of [['soft', soft], ['hard', hard]] as const) {
    if (!isLimitValue(value)) {
      return {
        message: `The ${label} limit \`${value}\` of \`${entry}\` is not a number; write a whole number from 0 to ${UINT64_MAX} or \`unlimited\`.`,
      };
    }
  }
  const upper = name.toUpperCase();
  const bare = upper.startsWith('RLIMIT_') ? upper.slice('RLIMIT_'.length) : upper;
  if (KNOWN_RLIMITS.includes(bare)) return null;
  const suggestion = closestMatch(bare, KNOWN_RLIMITS, bare.length > 4 ? 2 : 1);
  if (!suggestion) {
    return { message: `\`${name}\` is not a resource limit; use one of: ${KNOWN_RLIMITS.map((l) => l.toLowerCase()).join(', ')}.` };
  }
  const replacement = `${suggestion.toLowerCase()},${soft},${hard}`;
  return { message: `\`${name}\` is not a resource limit; did you mean \`${suggestion.toLowerCase()}\`?`, replacement };
}

function isLimitValue(value: string): boolean {
  if (value.toLowerCase() === 'unlimited') return true;
  return /^[0-9]+$/.test(value) && BigInt(value) <= UINT64_MAX;
}

import { expandReference } from './expandReference.ts';

export type ParsedReference =
  | { ok: true; domain: string; path: string; tag?: string; digest?: string }
  | { ok: false; reason: string };

/*
 * The docker distribution reference grammar (distribution/reference regexp.go), applied after
 * LinuxKit's ReferenceExpand. LinuxKit's first check, containerd's reference.Parse, is looser
 * (it only rejects `://`, an unparsable URL and a missing host), but `linuxkit build` then pulls
 * every image through go-containerregistry and the registry, which reject what this grammar rejects
 * (uppercase repositories, bad tags, malformed digests). So a reference failing here fails the build.
 */
const NAME_TOTAL_LENGTH_MAX = 255;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`);
const TAG = /^\w[\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
/** The algorithms go-digest validates, with the length of their lowercase hex encoding. */
const DIGEST_HEX_LENGTH = new Map([
  ['sha256', 64],
  ['sha384', 96],
  ['sha512', 128],
]);

const fail = (reason: string): ParsedReference => ({ ok: false, reason });

/** Parses an image reference as written in a LinuxKit config (`alpine:3.20`, `ghcr.io/org/app@sha256:...`). */
export function parseReference(ref: string): ParsedReference {
  if (ref === '') return fail('is empty; write an image name such as `alpine:3.20`');
  if (/\s/.test(ref)) return fail('contains whitespace; remove it');
  if (ref.includes('://')) return fail('contains `://`; an image reference has no scheme, e.g. `ghcr.io/org/app:1.0`');
  if (ref.startsWith('@')) {
    return fail('starts with `@`; the only LinuxKit template is `@pkg:<path to a package>`');
  }
  const expanded = expandReference(ref);
  const parts = expanded.split('@');
  if (parts.length > 2) return fail('contains more than one `@`; write `name[:tag][@digest]`');
  const [nameAndTag, digest] = parts;
  if (digest !== undefined) {
    const reason = digestProblem(digest);
    if (reason) return fail(reason);
  }

  const lastColon = nameAndTag.lastIndexOf(':');
  const hasTag = lastColon > nameAndTag.lastIndexOf('/');
  const name = hasTag ? nameAndTag.slice(0, lastColon) : nameAndTag;
  const tag = hasTag ? nameAndTag.slice(lastColon + 1) : undefined;
  if (tag !== undefined && !TAG.test(tag)) {
    return fail(
      tag === ''
        ? 'has an empty tag after `:`; write a tag or drop the `:`'
        : `has an invalid tag \`${tag}\`; a tag is 1 to 128 letters, digits, \`_\`, \`.\` or \`-\`, not starting with \`.\` or \`-\``,
    );
  }
  if (name.length > NAME_TOTAL_LENGTH_MAX) {
    return fail(`has a repository name of ${name.length} characters; the limit is ${NAME_TOTAL_LENGTH_MAX}`);
  }

  const split = splitName(name);
  if (typeof split === 'string') return fail(split);
  const result: ParsedReference = { ok: true, domain: split.domain, path: split.path };
  if (tag !== undefined) result.tag = tag;
  if (digest !== undefined) result.digest = digest;
  return result;
}

/** Domain and path as the anchored name regexp splits them, or the reason the name does not match. */
function splitName(name: string): { domain: string; path: string } | string {
  const slash = name.indexOf('/');
  if (slash > 0) {
    const domain = name.slice(0, slash);
    const path = name.slice(slash + 1);
    if (DOMAIN.test(domain) && pathProblem(path) === null) return { domain, path };
  }
  // The domain is optional in the grammar: a name can also be all path.
  if (pathProblem(name) === null) return { domain: '', path: name };
  const first = slash > 0 ? name.slice(0, slash) : '';
  if (first !== '' && looksLikeRegistry(first) && !DOMAIN.test(first)) {
    return `has an invalid registry \`${first}\`; write a host name or IP with an optional numeric port`;
  }
  return pathProblem(first !== '' && looksLikeRegistry(first) ? name.slice(slash + 1) : name) ?? 'is not a valid name';
}

function looksLikeRegistry(part: string): boolean {
  return part.includes('.') || part.includes(':') || part.startsWith('[') || part === 'localhost';
}

function pathProblem(path: string): string | null {
  for (const component of path.split('/')) {
    if (PATH_COMPONENT.test(component)) continue;
    if (component === '') return 'has an empty path component (`//`, or `/` at the start or end)';
    if (PATH_COMPONENT.test(component.toLowerCase())) {
      return `has uppercase letters in the repository path \`${component}\`; repository names must be lowercase`;
    }
    return `has an invalid repository path component \`${component}\`; use lowercase letters and digits, separated by single \`.\`, \`_\`, \`__\` or dashes`;
  }
  return null;
}

function digestProblem(digest: string): string | null {
  if (!DIGEST.test(digest)) {
    return `has a malformed digest \`${digest}\`; write \`@sha256:\` followed by 64 hex digits`;
  }
  const colon = digest.indexOf(':');
  const algorithm = digest.slice(0, colon);
  const hex = digest.slice(colon + 1);
  const length = DIGEST_HEX_LENGTH.get(algorithm);
  if (length === undefined) return `uses the unsupported digest algorithm \`${algorithm}\`; use \`sha256\``;
  if (hex.length !== length || !/^[a-f0-9]+$/.test(hex)) {
    return `has a ${algorithm} digest of ${hex.length} characters; it needs exactly ${length} lowercase hex digits`;
  }
  return null;
}

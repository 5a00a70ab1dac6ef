import type { CodeDoc } from './types.ts';

/** Codes of configs `linuxkit build` rejects (DESIGN.md, errors). */
export const ERROR_DOCS: Record<string, CodeDoc> = {
  'yaml-syntax': {
    short: 'The text is not well-formed YAML.',
    full: "LinuxKit decodes the config with Go's YAML decoder (moby.NewConfig); text that does not parse stops the build before anything is checked. The file must also be UTF-8.",
    fix: 'Fix the YAML at the position shown: usually an indentation slip, an unclosed quote or bracket, or a tab used for indentation.',
  },
  'empty-config': {
    short: 'The file holds no YAML document.',
    full: "The file is empty or only comments. LinuxKit's decoder reaches the end of the input without a document and `linuxkit build` fails (EOF).",
    fix: 'Write the config (at least `kernel`, `init` or a container section), or pass the right file.',
  },
  'duplicate-key': {
    short: 'A mapping repeats a key.',
    full: 'LinuxKit decodes with yaml.v3, which rejects a mapping that has the same key twice ("mapping key already defined"). Other tools would silently keep one of the values.',
    fix: 'Remove one of the keys, or merge their values into one.',
  },
  'resource-limit': {
    short: 'Alias explosion, nesting too deep, or a file too large.',
    full: 'The config expands aliases beyond a safe count, nests deeper than any real config, or is several MiB large. Such input is rejected (or exhausts memory) before LinuxKit could use it.',
    fix: 'Write the values out instead of nesting aliases, flatten the structure, and check that the file is the right one.',
  },
  'unknown-field': {
    short: 'A key that LinuxKit does not allow.',
    full: "LinuxKit decodes the config with KnownFields(true) and checks it against its JSON Schema (moby/schema.go): any key the schema does not know, at the top level or inside a container, volume, file or mount, fails the build.",
    fix: 'Correct the spelling (the message suggests the closest field) or remove the key; Docker Compose keys such as `volumes` or `environment` have LinuxKit names (`binds`, `env`).',
  },
  'missing-field': {
    short: 'A required key is absent.',
    full: "Every container needs `name` and `image`; LinuxKit's schema marks them required and the build fails without them.",
    fix: 'Add the missing key.',
  },
  'wrong-type': {
    short: 'A value of the wrong type.',
    full: 'The schema wants a particular type: `readonly` a boolean, `platforms` a list, `mode` a string. `readonly: "yes"`, `platforms: linux/amd64` or an unquoted `mode: 0600` (a number in YAML) fail the build.',
    fix: 'Write the value in the type the message names: `true`/`false` without quotes, a list (`- item`), or a quoted string (`mode: "0600"`).',
  },
  'invalid-value': {
    short: 'A value outside the allowed set.',
    full: 'The field accepts only certain values (for example a volume `format` is `oci` or empty); anything else fails the schema check.',
    fix: 'Use one of the values the message lists.',
  },
  'duplicate-service-name': {
    short: 'Two services have the same name.',
    full: 'Services run at the same time as containers named after them, so LinuxKit refuses a config in which two services share a name ("duplicate service name", uniqueServices in moby/config.go).',
    fix: 'Rename one of the services.',
  },
  'duplicate-volume-name': {
    short: 'Two volumes have the same name.',
    full: 'A volume lives at /containers/volumes/<name>; LinuxKit rejects two volumes with one name ("duplicate volume name", uniqueVolumes in moby/config.go).',
    fix: 'Rename one of the volumes and update the binds that mean it.',
  },
  'invalid-volume-name': {
    short: 'A volume name outside ^[a-z0-9_-]*$.',
    full: 'LinuxKit accepts only lower-case letters, digits, `_` and `-` in volume names (nameRE in moby/config.go), because the name becomes a directory and a mount source.',
    fix: 'Rename the volume to lower-case letters, digits, `_` and `-`, and update its mounts.',
  },
  'unknown-volume': {
    short: 'A mount source that names no volume.',
    full: 'In `binds`, `binds.add` and bind mounts, a source that does not start with `/` is a volume name. LinuxKit looks it up in `volumes:` and fails the build when no volume has that name.',
    fix: 'Add the volume to `volumes:`, correct the name (the message suggests the closest one), or write an absolute host path.',
  },
  'readonly-volume-mounted-rw': {
    short: 'A read-only volume mounted read-write.',
    full: 'A volume with `readonly: true` may only be mounted read-only. LinuxKit rejects a bind whose option is not exactly `ro`, and a mount whose first `ro`/`rw` option is not `ro`.',
    fix: 'End the bind with `:ro` (`data:/data:ro`), or put `ro` first in the mount options; or make the volume writable if a container must write to it.',
  },
  'bind-syntax': {
    short: 'A bind that is not source:destination[:options].',
    full: 'LinuxKit splits a bind at `:` and accepts two or three parts; fewer or more fail the build.',
    fix: 'Write the bind as `source:/destination` or `source:/destination:options`.',
  },
  'tmpfs-syntax': {
    short: 'A tmpfs entry with more than two parts.',
    full: 'A `tmpfs` entry is `destination` or `destination:options`; LinuxKit rejects more `:`-separated parts.',
    fix: 'Join the options with commas: `/tmp:size=64m,mode=1777`.',
  },
  'invalid-image-reference': {
    short: 'An image reference that cannot be parsed.',
    full: 'LinuxKit parses every image reference (docker reference syntax) to pull it; whitespace, a URL scheme such as `https://`, or upper-case repository names fail.',
    fix: 'Write the reference as `[registry/]repository[:tag][@digest]`, e.g. `linuxkit/getty:v1.0.0`.',
  },
  'unknown-capability': {
    short: 'Not a Linux capability.',
    full: 'LinuxKit checks each entry of `capabilities` and `capabilities.add` against the Linux capability list (`CAP_…`); only a lone `all` or `none` is accepted besides. An image default of `all` plus `capabilities.add` also fails this way.',
    fix: 'Use the exact capability name (`CAP_NET_ADMIN`); the message suggests the closest one.',
  },
  'invalid-rlimit': {
    short: 'An rlimit that is not name,soft,hard.',
    full: 'Each `rlimits` entry must be `name,soft,hard` with a known limit name (nofile, nproc, ...) and numeric or `unlimited` values; LinuxKit rejects anything else.',
    fix: 'Write it as `nofile,1024,4096`.',
  },
  'unknown-id': {
    short: 'A uid/gid name that is no container.',
    full: 'A `uid`, `gid` or `additionalGids` entry may be a name: LinuxKit then uses the id it assigned to the container of that name. A name that no container has fails the build.',
    fix: 'Use a number, or the name of a container in the config.',
  },
  'invalid-mount': {
    short: 'A mount whose type or destination cannot be determined.',
    full: 'Each `mounts` entry needs a destination and a type (given, or implied by a bind source); LinuxKit cannot build the OCI spec without them.',
    fix: 'Add `destination:` and `type:` (for example `type: bind` with a `source:`).',
  },
  'file-without-path': {
    short: 'A files entry with no path.',
    full: 'Every `files` entry says where it goes with `path`; LinuxKit rejects an entry without one.',
    fix: 'Add `path:` (relative to the root filesystem, e.g. `etc/motd`).',
  },
  'file-without-contents': {
    short: 'A file entry with nothing in it.',
    full: 'A `files` entry that is not a directory or a symlink needs `contents`, `source` or `metadata`; LinuxKit does not create an empty file by default.',
    fix: 'Add `contents:` (or `source:`), or mark it `directory: true` or `symlink:`.',
  },
  'conflicting-file-fields': {
    short: 'A file entry combines fields that exclude each other.',
    full: 'LinuxKit takes a file from exactly one place: `source` cannot go with `metadata`; `contents`, `directory` or `symlink` cannot go with `metadata` or `source`; `directory` cannot have `contents`.',
    fix: 'Keep one of the conflicting fields.',
  },
  'invalid-mode': {
    short: 'A mode that is not an octal string.',
    full: 'LinuxKit parses a file or device `mode` as an octal number in a string (`"0644"`); `"0o644"`, `"rw-r--r--"` or `"0899"` fail, and a device other than `path: all` needs a mode.',
    fix: 'Write the mode as a quoted octal string: `mode: "0644"`.',
  },
  'invalid-platform': {
    short: 'A volume platform LinuxKit cannot parse.',
    full: 'Volume `platforms` entries are `os/arch` or `os/arch/variant`; LinuxKit rejects anything longer.',
    fix: 'Write the platform as `linux/amd64` or `linux/arm64/v8`.',
  },
};

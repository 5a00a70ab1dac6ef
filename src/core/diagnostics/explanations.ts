import type { DiagnosticCode } from './codes.ts';

/**
 * Plain words on what LinuxKit does in each case the build verdicts cover: the app's Explain mode and
 * the problems list show them beside the message (which says what to write instead).
 */
const EXPLANATIONS: Partial<Record<DiagnosticCode, string>> = {
  'file-without-path':
    'Every `files` entry becomes one entry of the image, named by its `path` (relative to `/`). Without a path, `linuxkit build` stops after pulling every image, when it writes the files.',
  'file-without-contents':
    'A file gets its bytes from `contents` (written inline), `source` (a file on the machine that runs `linuxkit build`) or `metadata` (the config itself, as yaml or json). A folder needs `directory: true`, a link `symlink:`. With none of them the build stops.',
  'conflicting-file-fields':
    'LinuxKit takes one kind of contents per entry: inline `contents`, a `directory`, a `symlink`, a `source` file, or `metadata`. Two of them in one entry stop the build, because it would not know which one you meant.',
  'invalid-mode':
    'LinuxKit reads `mode` as an octal number written as a string (`"0644"`), with Go\'s `strconv.ParseInt(mode, 8, 32)`: no `0o` prefix, no `rwx` letters, only digits 0-7. Devices always need one (except `path: all`, which allows a whole class of devices).',
  'invalid-platform':
    'An OCI-layout volume keeps the image for the listed platforms only. Each one is `os/arch` or `os/arch/variant` (as `docker --platform` takes them); a fourth part fails the build.',
  'ignored-add':
    'Most fields of a container replace the image\'s defaults; `binds.add` and `capabilities.add` add to them instead. But once the plain list (`binds`, `capabilities`) is set, LinuxKit uses only that list and drops the `.add` one without a word.',
  'ignored-field':
    'LinuxKit first checks the YAML against its schema, then decodes it into Go types. For resource limits and id mappings those types expect lower-case keys, while the schema allows only the camelCase ones, so these settings pass the check and then vanish.',
  'platforms-without-oci':
    '`platforms` chooses which platforms an OCI-layout volume keeps. Any other volume is unpacked for the platform being built, so the list does nothing there.',
  'file-hidden-at-boot':
    'At boot, LinuxKit\'s init mounts an empty tmpfs on `/var`, `/run` and `/tmp` (and links `/var/run` to `/run`). Whatever `files` put there in the image is hidden underneath and no container ever sees it. Keep such files under `/etc` (or elsewhere) and bind them where needed, or create them at run time.',
  'duplicate-file-path':
    'LinuxKit writes one entry per `files` item into the image and does not check for repeats; when the image is unpacked the later entry replaces the earlier one, so the first is lost.',
  'extra-document':
    'A YAML file can hold several documents separated by `---`. LinuxKit reads only the first; everything after the next `---` is silently ignored. To combine configs, pass several files to `linuxkit build`.',
  'template-replaced':
    'LinuxKit treats a value that starts with `@` as a template. `@pkg:<path>` becomes the tag of the package built from that folder; any other `@…` value becomes an empty string, without a warning.',
  'namespace-path':
    'Containers share the host\'s namespaces unless told otherwise. `new` gives a container its own; any other value is taken as the path of an existing namespace to join. Only `net` also knows `none`, so `ipc: none` looks for a file called `none` and the container does not start.',
  'runtime-namespace-ignored':
    'Services run under containerd, and `runtime.namespace` picks the containerd namespace they go into. Onboot and onshutdown containers run once, directly with runc, which has no such namespace.',
  'veth-without-peer':
    'A `veth` interface is a pair of linked ends: one goes into the container, the `peer` stays in the root namespace (to attach to a bridge). Without a peer the pair cannot be created and the container fails to start.',
  'interface-without-name':
    'Each `runtime.interfaces` entry moves an existing interface (found by `name`) into the container, or creates one with that name (`add:`). Without a name there is nothing to move or create and the container fails to start.',
  'unknown-capability':
    'A container\'s capabilities are its image label\'s list (known for LinuxKit\'s packages) merged with `capabilities.add`, unless `capabilities:` replaces both. `all` and `none` mean every capability or none only as the single entry of the final list; anywhere else they are unknown names and the build fails.',
  'invalid-value':
    'Some fields take one of a few words only: `format` is `filesystem` or `oci`, a file\'s `metadata` is `yaml` or `json`. LinuxKit stops at any other value.',
};

/** What LinuxKit does in the case a diagnostic code describes, or undefined when the message says it all. */
export function explanationOf(code: DiagnosticCode): string | undefined {
  return EXPLANATIONS[code];
}

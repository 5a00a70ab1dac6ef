import type { CodeDoc } from './types.ts';

/** Codes of configs LinuxKit accepts that are almost certainly a mistake (DESIGN.md, warnings and info). */
export const WARNING_DOCS: Record<string, CodeDoc> = {
  'unused-volume': {
    short: 'A volume no container mounts.',
    full: 'LinuxKit still creates (and, for an image volume, pulls and unpacks) the volume, but no container can see it.',
    fix: 'Mount it in the container that needs it (`name:/path`), or remove the volume.',
  },
  'volume-never-written': {
    short: 'A blank volume that every container mounts read-only.',
    full: 'A volume without an image starts empty; when every mount of it is read-only, nothing can ever write to it, so every reader sees an empty directory.',
    fix: 'Mount it read-write in the container that produces the data, or give the volume an `image`.',
  },
  'duplicate-mount-destination': {
    short: 'One container mounts two things at one destination.',
    full: 'LinuxKit merges binds and mounts by destination; the later entry silently replaces the earlier one, so one of the two mounts never happens.',
    fix: 'Give each mount its own destination, or remove the one that is not wanted.',
  },
  'duplicate-container-name': {
    short: 'Two containers share a name.',
    full: 'LinuxKit accepts it outside services, but the name is how containers are found at run time (logs, uid/gid by name, /containers/<section>/<name>), so the second shadows the first.',
    fix: 'Rename one of the containers.',
  },
  'binds-replace-image-defaults': {
    short: '`binds:` drops the binds the package brings.',
    full: "LinuxKit packages declare default binds in their image's `org.mobyproject.config` label. A container's `binds:` replaces that list entirely; `binds.add:` adds to it. The package may not work without its defaults (for example getty without /etc/getty.shadow).",
    fix: 'Use `binds.add:` instead of `binds:`, or repeat the default binds you still need.',
  },
  'oci-format-without-image': {
    short: '`format: oci` on a volume with no image.',
    full: 'The OCI layout format describes how an image is stored in the volume; without `image` there is nothing to store and the setting has no effect.',
    fix: 'Add the `image` the volume should hold, or remove `format`.',
  },
  'ignored-add': {
    short: 'An `.add` list beside the list it would extend.',
    full: 'When a container sets both `binds` and `binds.add` (or `capabilities` and `capabilities.add`), LinuxKit uses the full list and ignores the `.add` list.',
    fix: 'Move the entries of the `.add` list into the full list, or remove the full list to extend the image defaults.',
  },
  'ignored-field': {
    short: 'A key the schema accepts but LinuxKit drops.',
    full: "LinuxKit's schema allows a few keys its Go decoder never reads (camelCase keys under `resources`, `hostID`/`containerID` in id mappings), so the value has no effect.",
    fix: 'Remove the key: the lower-case spelling the decoder reads fails the schema, so LinuxKit offers no way to set it.',
  },
  'platforms-without-oci': {
    short: '`platforms` on a volume that is not `format: oci`.',
    full: 'LinuxKit pulls several platforms only for OCI-layout volumes; for any other volume the list is ignored.',
    fix: 'Add `format: oci`, or remove `platforms`.',
  },
  'file-hidden-at-boot': {
    short: 'A file under /var, /run or /tmp.',
    full: 'LinuxKit init mounts tmpfs over /var, /run and /tmp at boot, so a file written there into the image is hidden once the system runs.',
    fix: 'Put the file elsewhere (for example under /etc), or create it at boot from an onboot container.',
  },
  'duplicate-file-path': {
    short: 'Two files entries with one path.',
    full: 'Both entries are written into the image in order; the later replaces the earlier one.',
    fix: 'Keep one entry per path.',
  },
  'extra-document': {
    short: 'A second YAML document in the file.',
    full: "LinuxKit's decoder reads the first document only; everything after `---` is ignored.",
    fix: 'Merge the documents into one, or pass the second one as its own file to `linuxkit build`.',
  },
  'template-replaced': {
    short: 'A value starting with `@` that LinuxKit empties.',
    full: 'LinuxKit treats a value that starts with `@` as a template: `@pkg:` is replaced with a package image, any other `@…` value with an empty string.',
    fix: 'Quote the value with a different first character, or use `@pkg:<path>` if a package image is meant.',
  },
  'namespace-path': {
    short: '`none` for a namespace other than `net`.',
    full: 'Only `net` knows `none`; for `ipc`, `uts`, `pid` and `userns` LinuxKit (ConfigToOCI) takes any value other than `host`, `root` or `new` as the path of a namespace to join, and `none` is no such path, so the container does not start.',
    fix: 'Use `new` (a fresh namespace) or `host`.',
  },
  'runtime-namespace-ignored': {
    short: '`runtime.namespace` on an onboot or onshutdown container.',
    full: 'LinuxKit honours `runtime.namespace` (the containerd namespace) for services only; onboot and onshutdown containers run through runc directly.',
    fix: 'Remove `runtime.namespace`, or make the container a service.',
  },
  'veth-without-peer': {
    short: 'A veth interface without a peer.',
    full: 'LinuxKit accepts it at build time, but at boot its service runner fails with "Creating a veth pair requires a peer to be set" (prepareProcess in pkg/init/cmd/service).',
    fix: 'Add `peer:` with the name of the other end.',
  },
  'interface-without-name': {
    short: 'A runtime interface without a name.',
    full: 'LinuxKit accepts it at build time, but at boot its service runner fails with "Interface requires a name" (prepareProcess in pkg/init/cmd/service).',
    fix: 'Add `name:` to the interface.',
  },
  'unpinned-image': {
    short: 'An image with no tag, or `:latest`.',
    full: 'LinuxKit pulls whatever the tag points to at build time, so two builds of the same config can differ.',
    fix: 'Pin the image to a version tag (or a digest), as LinuxKit does with its own packages.',
  },
};

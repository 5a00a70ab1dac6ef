import { doc, fields, type Doc } from '../describe.ts';

/** Docs of the kernel, files, volumes, trust and the shared list/map shapes. */
export const basicDocs: Record<string, Doc> = {
  kernel: fields('Kernel', 'The kernel to boot. Only needed when the output is a bootable VM image; its files go into `boot/`.', {
    image: doc(
      'Kernel image',
      'Image that holds the `kernel` binary (e.g. a bzImage on amd64) and `kernel.tar` with the modules, unpacked into the root.',
      'image: linuxkit/kernel:6.6.71',
    ),
    cmdline: doc(
      'Kernel command line',
      'Passed to the kernel unchanged. Some LinuxKit packages read special options from it.',
      'cmdline: "console=tty0 console=ttyS0"',
    ),
    binary: doc('Kernel file name', 'Name of the kernel file inside the image, when it is not `kernel`.', 'binary: bzImage'),
    tar: doc(
      'Modules tarball name',
      'Name of the tarball unpacked into the root, when it is not `kernel.tar`. Use `none` or an empty string for no tarball.',
      'tar: none',
    ),
    ucode: doc('CPU microcode archive', 'A cpio archive in the kernel image prepended to the initrd; recommended on bare metal.', 'ucode: intel-ucode.cpio'),
  }),
  file: fields('File', 'A file, directory or symlink added to the root filesystem, with inline or external contents.', {
    path: doc('Path', 'Where the file goes, relative to the root (leading `/` optional). Missing parent directories are created.', 'path: etc/motd'),
    directory: doc('Directory', 'When `true`, creates a directory at `path` instead of a file. Default `false`.', 'directory: true'),
    symlink: doc('Symlink target', 'Creates a symbolic link at `path` pointing here.', 'symlink: /run/resolv.conf'),
    contents: doc('Contents', 'The file contents, written inline.', 'contents: "hello\\n"'),
    source: doc(
      'Source file',
      'A file on the build machine whose contents are copied in. `~/` means the home directory of the user running the build.',
      'source: ~/.ssh/id_rsa.pub',
    ),
    metadata: doc(
      'Generated metadata',
      'Generates the file instead of reading it. The only supported value is `yaml`: the resolved config used for the build.',
      'metadata: yaml',
    ),
    optional: doc('Optional', 'When `true`, a missing `source` is skipped instead of failing the build. Default `false`.', 'optional: true'),
    mode: doc('Mode', 'Permission bits as an octal string; quote it so YAML keeps the leading zero. Default `"0600"`.', 'mode: "0644"'),
    uid: doc('Owner', 'Owner user id: a number, or the name of a container whose allocated uid is used.', 'uid: 100'),
    gid: doc('Group', 'Owner group id: a number, or the name of a container whose allocated gid is used.', 'gid: 100'),
  }),
  files: doc('Files', 'Files, directories and symlinks added to the root filesystem, processed last.'),
  volume: fields(
    'Volume',
    'A named volume that containers mount through `binds` (`name:/path`) or `mounts`. Blank by default; filled from an image when `image` is set.',
    {
      name: doc('Name', 'Unique volume name: lower-case letters, digits, `-` and `_` only. Containers refer to it as the source of a bind.', 'name: data'),
      image: doc('Image', 'Image whose contents fill the volume. Without it the volume is an empty directory.', 'image: alpine:3.20'),
      readonly: doc(
        'Read-only',
        'When `true`, containers may only mount the volume read-only (bind option `ro`); a read-write mount fails the build. Default `false`.',
        'readonly: true',
      ),
      format: doc(
        'Format',
        'How an image fills the volume: `filesystem` (default) lays out its files; `oci` stores it as an OCI v1 image layout.',
        'format: oci',
      ),
      platforms: doc('Platforms', 'With `format: oci`, the platforms of the image to include (all when omitted).', 'platforms:\n  - linux/amd64'),
    },
  ),
  volumes: {
    ...doc('Volumes', 'Named volumes created at build time and shared by containers of any section.'),
    defaultSnippets: [
      { label: 'blank volume', description: 'An empty read-write directory', body: [{ name: '${1:data}' }] },
      { label: 'image volume', description: 'A volume filled from an image', body: [{ name: '${1:data}', image: '${2:alpine:3.21}', readonly: true }] },
    ],
  },
  trust: fields('Trust', 'Legacy Docker Content Trust settings: still accepted, but current LinuxKit ignores them.', {
    image: doc('Trusted images', 'Images whose signatures were to be verified.', 'image:\n  - linuxkit/kernel'),
    org: doc('Trusted organisations', 'Organisations whose images were to be verified.', 'org:\n  - linuxkit'),
  }),
  strings: doc('List of strings', 'A list of strings.'),
  mapstring: doc('Map of strings', 'A mapping whose values are all strings; quote numbers and booleans.'),
};

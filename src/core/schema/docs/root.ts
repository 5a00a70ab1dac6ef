import { fields, doc } from '../describe.ts';

/** Docs of the config itself and its top-level sections. */
export const rootDoc = fields('LinuxKit config', 'A LinuxKit image definition for `linuxkit build`.', {
  kernel: doc('Kernel', 'The kernel to boot; only needed for bootable VM images.', 'kernel:\n  image: linuxkit/kernel:6.6.71\n  cmdline: "console=tty0"'),
  init: doc(
    'Init',
    'Images unpacked directly into the root filesystem to bring up the system: init, runc, containerd, ...',
    'init:\n  - linuxkit/init:v1.0.0\n  - linuxkit/runc:v1.0.0\n  - linuxkit/containerd:v1.0.0',
  ),
  onboot: doc(
    'On boot',
    'Containers run once at boot, one after another, each finishing before the next starts. For one-shot setup such as sysctl, dhcpcd, formatting disks.',
    'onboot:\n  - name: sysctl\n    image: linuxkit/sysctl:v1.0.0',
  ),
  onshutdown: doc(
    'On shutdown',
    'Containers run on a clean shutdown. They may not run at all (power loss), so nothing may depend on them.',
    'onshutdown:\n  - name: deregister\n    image: example/deregister:v1',
  ),
  services: doc(
    'Services',
    'Long-running containers started by containerd, in no particular order: wait for resources (e.g. the network) yourself. Names must be unique.',
    'services:\n  - name: getty\n    image: linuxkit/getty:v1.0.0',
  ),
  trust: doc('Trust', 'Legacy content trust settings, accepted but ignored.'),
  files: doc(
    'Files',
    'Files, directories and symlinks added to the root filesystem, inline or copied from the build machine.',
    'files:\n  - path: etc/motd\n    contents: "welcome\\n"\n    mode: "0644"',
  ),
  volumes: doc(
    'Volumes',
    'Named volumes shared by containers: blank directories, or filled from an image. Mount them with `binds` such as `name:/path:ro`.',
    'volumes:\n  - name: data\n  - name: config\n    image: example/config:v1\n    readonly: true',
  ),
});

/** What "New" starts from: a kernel and init (every bootable config needs them) and empty sections to drop containers into. */
export const NEW_CONFIG = `kernel:
  image: linuxkit/kernel:6.12.59
  cmdline: "console=tty0 console=ttyS0"
init:
  - linuxkit/init:b5506cc74a6812dc40982cacfd2f4328f8a4b12a
  - linuxkit/runc:9442aa234715e751a16144f1d4ae3fd1a00fd492
  - linuxkit/containerd:ba19f64efd3331a8fd0a33e00eabd14f6ee1780e
onboot: []
services: []
`;

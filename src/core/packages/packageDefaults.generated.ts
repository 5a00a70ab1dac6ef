// GENERATED FILE — do not edit. Regenerate with `npm run gen:packages`
// (scripts/gen-package-defaults.mjs) from ../shared/corpus/linuxkit-pkgs/*.build.yml
// and the image tags pinned in ../shared/corpus/linuxkit/*.yml.
import type { PackageCatalogEntry, PackageConfig } from './types.ts';

/** Each package's `config:` block (its `org.mobyproject.config` label), by package name. */
export const PACKAGE_CONFIGS: Readonly<Record<string, PackageConfig>> = {
  "acpid": {
    "binds": [
      "/dev:/dev"
    ],
    "devices": [
      {
        "path": "all",
        "type": "c",
        "major": 13
      }
    ],
    "pid": "host"
  },
  "auditd": {
    "pid": "host",
    "binds": [
      "/var/log:/var/log"
    ],
    "capabilities": [
      "CAP_AUDIT_CONTROL",
      "CAP_AUDIT_READ",
      "CAP_AUDIT_WRITE",
      "CAP_SYS_NICE"
    ]
  },
  "binfmt": {
    "capabilities": [
      "CAP_SYS_ADMIN"
    ],
    "readonly": true,
    "net": "new",
    "ipc": "new"
  },
  "bpftrace": {},
  "ca-certificates": {},
  "cadvisor": {
    "pid": "host",
    "binds": [
      "/var/lib/docker:/var/lib/docker:ro",
      "/var/run:/var/run",
      "/sys:/sys:ro",
      "/etc/resolv.conf:/etc/resolv.conf:ro"
    ],
    "capabilities": [
      "all"
    ]
  },
  "containerd": {},
  "dhcpcd": {
    "binds": [
      "/run/resolvconf:/etc"
    ],
    "capabilities": [
      "CAP_NET_ADMIN",
      "CAP_NET_BIND_SERVICE",
      "CAP_NET_RAW",
      "CAP_SYS_ADMIN"
    ]
  },
  "dm-crypt": {
    "binds": [
      "/dev:/dev",
      "/etc/dm-crypt:/etc/dm-crypt"
    ],
    "devices": [
      {
        "path": "all",
        "type": "a"
      }
    ],
    "capabilities": [
      "CAP_SYS_ADMIN",
      "CAP_MKNOD"
    ]
  },
  "dummy": {},
  "extend": {
    "binds": [
      "/dev:/dev"
    ],
    "devices": [
      {
        "path": "all",
        "type": "b"
      }
    ],
    "capabilities": [
      "CAP_SYS_ADMIN",
      "CAP_MKNOD"
    ],
    "net": "new",
    "ipc": "new"
  },
  "firmware-all": {},
  "firmware": {},
  "format": {
    "binds": [
      "/dev:/dev"
    ],
    "devices": [
      {
        "path": "all",
        "type": "b"
      }
    ],
    "capabilities": [
      "CAP_SYS_ADMIN",
      "CAP_MKNOD"
    ],
    "net": "new",
    "ipc": "new"
  },
  "getty": {
    "pid": "host",
    "net": "host",
    "binds": [
      "/etc/resolv.conf:/etc/resolv.conf",
      "/run:/run",
      "/tmp:/tmp",
      "/etc:/hostroot/etc",
      "/usr/bin/ctr:/usr/bin/ctr",
      "/usr/bin/runc:/usr/bin/runc",
      "/containers:/containers",
      "/var/log:/var/log",
      "/var/lib/containerd:/var/lib/containerd",
      "/dev:/dev",
      "/sys:/sys"
    ],
    "devices": [
      {
        "path": "/dev/console",
        "type": "c",
        "major": 5,
        "minor": 1,
        "mode": "0666"
      },
      {
        "path": "/dev/tty0",
        "type": "c",
        "major": 4,
        "minor": 0,
        "mode": "0666"
      },
      {
        "path": "/dev/ttyS0",
        "type": "c",
        "major": 4,
        "minor": 64,
        "mode": "0666"
      },
      {
        "path": "/dev/ttyAMA0",
        "type": "c",
        "major": 204,
        "minor": 64,
        "mode": "0666"
      },
      {
        "path": "/dev/hvc0",
        "type": "c",
        "major": 229,
        "minor": 0,
        "mode": "0666"
      }
    ],
    "capabilities": [
      "all"
    ]
  },
  "host-timesync-daemon": {
    "binds": [
      "/dev/rtc0:/dev/rtc0"
    ],
    "capabilities": [
      "CAP_SYS_TIME"
    ]
  },
  "init": {},
  "ip": {
    "capabilities": [
      "CAP_NET_ADMIN",
      "CAP_NET_RAW"
    ]
  },
  "kmsg": {
    "binds": [
      "/dev/kmsg:/dev/kmsg"
    ],
    "devices": [
      {
        "path": "/dev/kmsg",
        "type": "c",
        "major": 1,
        "minor": 11,
        "mode": "0666"
      }
    ],
    "capabilities": [
      "CAP_SYSLOG"
    ]
  },
  "logwrite": {
    "binds": [
      "/var/run:/var/run",
      "/var/log:/var/log"
    ]
  },
  "losetup": {
    "binds": [
      "/dev:/dev",
      "/var:/var"
    ],
    "devices": [
      {
        "path": "all",
        "type": "b"
      }
    ],
    "capabilities": [
      "CAP_SYS_ADMIN"
    ]
  },
  "memlogd": {
    "binds": [
      "/var/run:/var/run"
    ]
  },
  "metadata": {
    "binds": [
      "/dev:/dev",
      "/var:/var",
      "/run:/run",
      "/sys:/sys",
      "/etc/resolv.conf:/etc/resolv.conf",
      "/etc/ssl/certs:/etc/ssl/certs"
    ],
    "devices": [
      {
        "path": "all",
        "type": "b"
      }
    ],
    "tmpfs": [
      "/tmp"
    ],
    "readonly": true,
    "capabilities": [
      "CAP_SYS_ADMIN",
      "CAP_NET_ADMIN",
      "CAP_NET_BIND_SERVICE"
    ]
  },
  "mkimage": {
    "readonly": true,
    "capabilities": [
      "CAP_SYS_ADMIN",
      "CAP_MKNOD"
    ],
    "binds": [
      "/dev:/dev"
    ],
    "devices": [
      {
        "path": "all",
        "type": "b"
      }
    ]
  },
  "modprobe": {
    "binds": [
      "/lib/modules:/lib/modules",
      "/sys:/sys"
    ],
    "capabilities": [
      "CAP_SYS_MODULE"
    ]
  },
  "mount": {
    "binds": [
      "/dev:/dev",
      "/var:/var:rshared,rbind",
      "/:/hostroot"
    ],
    "devices": [
      {
        "path": "all",
        "type": "b"
      }
    ],
    "capabilities": [
      "CAP_SYS_ADMIN"
    ],
    "rootfsPropagation": "shared",
    "net": "new",
    "ipc": "new"
  },
  "node_exporter": {
    "pid": "host",
    "binds": [
      "/proc:/host/proc",
      "/sys:/host/sys",
      "/:/rootfs"
    ],
    "capabilities": [
      "all"
    ]
  },
  "open-vm-tools": {
    "pid": "host",
    "capabilities": [
      "CAP_SYS_BOOT"
    ]
  },
  "openntpd": {
    "binds": [
      "/etc/resolv.conf:/etc/resolv.conf"
    ],
    "capabilities": [
      "CAP_SYS_TIME",
      "CAP_SYS_NICE",
      "CAP_SYS_CHROOT",
      "CAP_SETUID",
      "CAP_SETGID"
    ]
  },
  "poweroff": {},
  "qemu-ga": {
    "net": "host"
  },
  "rngd": {
    "capabilities": [
      "CAP_SYS_ADMIN"
    ],
    "oomScoreAdj": -800,
    "readonly": true,
    "net": "new",
    "ipc": "new"
  },
  "runc": {},
  "sshd": {
    "pid": "host",
    "binds": [
      "/etc/resolv.conf:/etc/resolv.conf",
      "/run:/run",
      "/tmp:/tmp",
      "/etc:/hostroot/etc",
      "/usr/bin/ctr:/usr/bin/ctr",
      "/usr/bin/runc:/usr/bin/runc",
      "/containers:/containers",
      "/var/log:/var/log",
      "/var/lib/containerd:/var/lib/containerd",
      "/dev:/dev",
      "/sys:/sys"
    ],
    "capabilities": [
      "all"
    ],
    "devices": [
      {
        "path": "all",
        "type": "a"
      }
    ]
  },
  "swap": {
    "binds": [
      "/dev:/dev",
      "/var:/var"
    ],
    "devices": [
      {
        "path": "all",
        "type": "a"
      }
    ],
    "capabilities": [
      "CAP_SYS_ADMIN",
      "CAP_MKNOD"
    ],
    "net": "new",
    "ipc": "new"
  },
  "sysctl": {
    "pid": "host",
    "readonly": true,
    "capabilities": [
      "CAP_SYS_ADMIN",
      "CAP_NET_ADMIN"
    ]
  },
  "sysfs": {
    "net": "new",
    "ipc": "new"
  },
  "trim-after-delete": {
    "binds": [
      "/var/run:/var/run",
      "/var/lib/docker:/var/lib/docker"
    ],
    "capabilities": [
      "CAP_SYS_ADMIN"
    ]
  },
  "tss": {
    "pid": "host",
    "net": "host",
    "binds": [
      "/dev:/dev"
    ],
    "capabilities": [
      "all"
    ]
  },
  "vpnkit-expose-port": {},
  "vpnkit-forwarder": {},
  "vsudd": {}
};

/** Every package, most used first, with the tag the corpus pins most often. */
export const PACKAGE_CATALOG: readonly PackageCatalogEntry[] = [
  {
    "package": "poweroff",
    "image": "linuxkit/poweroff",
    "tag": "4059858a555bed90c2280fa9b060b7a8f8de6d45",
    "ref": "linuxkit/poweroff:4059858a555bed90c2280fa9b060b7a8f8de6d45",
    "uses": 129
  },
  {
    "package": "init",
    "image": "linuxkit/init",
    "tag": "b5506cc74a6812dc40982cacfd2f4328f8a4b12a",
    "ref": "linuxkit/init:b5506cc74a6812dc40982cacfd2f4328f8a4b12a",
    "uses": 121
  },
  {
    "package": "runc",
    "image": "linuxkit/runc",
    "tag": "9442aa234715e751a16144f1d4ae3fd1a00fd492",
    "ref": "linuxkit/runc:9442aa234715e751a16144f1d4ae3fd1a00fd492",
    "uses": 119
  },
  {
    "package": "containerd",
    "image": "linuxkit/containerd",
    "tag": "ba19f64efd3331a8fd0a33e00eabd14f6ee1780e",
    "ref": "linuxkit/containerd:ba19f64efd3331a8fd0a33e00eabd14f6ee1780e",
    "uses": 55
  },
  {
    "package": "dhcpcd",
    "image": "linuxkit/dhcpcd",
    "tag": "b87e9ececac55a65eaa592f4dd8b4e0c3009afdb",
    "ref": "linuxkit/dhcpcd:b87e9ececac55a65eaa592f4dd8b4e0c3009afdb",
    "uses": 52
  },
  {
    "package": "ca-certificates",
    "image": "linuxkit/ca-certificates",
    "tag": "256f1950df59f2f209e9f0b81374177409eb11de",
    "ref": "linuxkit/ca-certificates:256f1950df59f2f209e9f0b81374177409eb11de",
    "uses": 43
  },
  {
    "package": "sysctl",
    "image": "linuxkit/sysctl",
    "tag": "43ac1d39da329c3567fcb9689e5ca99de6d169b6",
    "ref": "linuxkit/sysctl:43ac1d39da329c3567fcb9689e5ca99de6d169b6",
    "uses": 40
  },
  {
    "package": "rngd",
    "image": "linuxkit/rngd",
    "tag": "984eb580ecb63986f07f626b61692a97aacd7198",
    "ref": "linuxkit/rngd:984eb580ecb63986f07f626b61692a97aacd7198",
    "uses": 39
  },
  {
    "package": "getty",
    "image": "linuxkit/getty",
    "tag": "a86d74c8f89be8956330c3b115b0b1f2e09ef6e0",
    "ref": "linuxkit/getty:a86d74c8f89be8956330c3b115b0b1f2e09ef6e0",
    "uses": 38
  },
  {
    "package": "mount",
    "image": "linuxkit/mount",
    "tag": "bd1c3bb45e48e68e47a9456d1669f7119f855184",
    "ref": "linuxkit/mount:bd1c3bb45e48e68e47a9456d1669f7119f855184",
    "uses": 27
  },
  {
    "package": "format",
    "image": "linuxkit/format",
    "tag": "4f779c0b0d0ba145b7f03211b5cbf59fbbe12e54",
    "ref": "linuxkit/format:4f779c0b0d0ba145b7f03211b5cbf59fbbe12e54",
    "uses": 26
  },
  {
    "package": "sshd",
    "image": "linuxkit/sshd",
    "tag": "08e5d4a46603eff485d5d1b14001cc932a530858",
    "ref": "linuxkit/sshd:08e5d4a46603eff485d5d1b14001cc932a530858",
    "uses": 10
  },
  {
    "package": "metadata",
    "image": "linuxkit/metadata",
    "tag": "4bbf406678d376e1ae9c9efae6ca2421f63fb4ff",
    "ref": "linuxkit/metadata:4bbf406678d376e1ae9c9efae6ca2421f63fb4ff",
    "uses": 9
  },
  {
    "package": "ip",
    "image": "linuxkit/ip",
    "tag": "3c0676ee83a0dc739685be1253b8326f08581ef7",
    "ref": "linuxkit/ip:3c0676ee83a0dc739685be1253b8326f08581ef7",
    "uses": 6
  },
  {
    "package": "sysfs",
    "image": "linuxkit/sysfs",
    "tag": "6d5bd933762f6b216744c711c6e876756cee9600",
    "ref": "linuxkit/sysfs:6d5bd933762f6b216744c711c6e876756cee9600",
    "uses": 6
  },
  {
    "package": "dm-crypt",
    "image": "linuxkit/dm-crypt",
    "tag": "27e016fa7c12d6cfce0d045a65b112c787f6dc3c",
    "ref": "linuxkit/dm-crypt:27e016fa7c12d6cfce0d045a65b112c787f6dc3c",
    "uses": 5
  },
  {
    "package": "openntpd",
    "image": "linuxkit/openntpd",
    "tag": "2508f1d040441457a0b3e75744878afdf61bc473",
    "ref": "linuxkit/openntpd:2508f1d040441457a0b3e75744878afdf61bc473",
    "uses": 5
  },
  {
    "package": "extend",
    "image": "linuxkit/extend",
    "tag": "ec0ad538389daa4b52c72609cd220bed00122372",
    "ref": "linuxkit/extend:ec0ad538389daa4b52c72609cd220bed00122372",
    "uses": 4
  },
  {
    "package": "modprobe",
    "image": "linuxkit/modprobe",
    "tag": "4248cdc3494779010e7e7488fc17b6fd45b73aeb",
    "ref": "linuxkit/modprobe:4248cdc3494779010e7e7488fc17b6fd45b73aeb",
    "uses": 4
  },
  {
    "package": "logwrite",
    "image": "linuxkit/logwrite",
    "tag": "24e6a76c2d45a7679d4f53db9ea377373b543dc7",
    "ref": "linuxkit/logwrite:24e6a76c2d45a7679d4f53db9ea377373b543dc7",
    "uses": 3
  },
  {
    "package": "memlogd",
    "image": "linuxkit/memlogd",
    "tag": "19b0fdec83dded95e0a2f97a8ca6868f5e83c401",
    "ref": "linuxkit/memlogd:19b0fdec83dded95e0a2f97a8ca6868f5e83c401",
    "uses": 3
  },
  {
    "package": "acpid",
    "image": "linuxkit/acpid",
    "tag": "dbd30b25903bf17042c22171b729f94c4bd3d98d",
    "ref": "linuxkit/acpid:dbd30b25903bf17042c22171b729f94c4bd3d98d",
    "uses": 2
  },
  {
    "package": "binfmt",
    "image": "linuxkit/binfmt",
    "tag": "4924dc6b9aa7e0bcc6fe8825c24471eac4684108",
    "ref": "linuxkit/binfmt:4924dc6b9aa7e0bcc6fe8825c24471eac4684108",
    "uses": 2
  },
  {
    "package": "firmware",
    "image": "linuxkit/firmware",
    "tag": "68c2b29f28f2639020b9f8d55254d333498a30aa",
    "ref": "linuxkit/firmware:68c2b29f28f2639020b9f8d55254d333498a30aa",
    "uses": 2
  },
  {
    "package": "kmsg",
    "image": "linuxkit/kmsg",
    "tag": "c4d8d509cf496faa21c184ae7fdff6fddc6e186d",
    "ref": "linuxkit/kmsg:c4d8d509cf496faa21c184ae7fdff6fddc6e186d",
    "uses": 2
  },
  {
    "package": "losetup",
    "image": "linuxkit/losetup",
    "tag": "ba1b84df18e666b4b860c4c39fd4aedb228bee96",
    "ref": "linuxkit/losetup:ba1b84df18e666b4b860c4c39fd4aedb228bee96",
    "uses": 2
  },
  {
    "package": "swap",
    "image": "linuxkit/swap",
    "tag": "7e19e5e69370e82b90a110093441abbf5e70638b",
    "ref": "linuxkit/swap:7e19e5e69370e82b90a110093441abbf5e70638b",
    "uses": 2
  },
  {
    "package": "vpnkit-forwarder",
    "image": "linuxkit/vpnkit-forwarder",
    "tag": "d0bc6500a9dc97b4556bb4bda20160a294cc61a3",
    "ref": "linuxkit/vpnkit-forwarder:d0bc6500a9dc97b4556bb4bda20160a294cc61a3",
    "uses": 2
  },
  {
    "package": "vsudd",
    "image": "linuxkit/vsudd",
    "tag": "b227ed955d14720fcb99f0e1fbd69fbc1dea3106",
    "ref": "linuxkit/vsudd:b227ed955d14720fcb99f0e1fbd69fbc1dea3106",
    "uses": 2
  },
  {
    "package": "bpftrace",
    "image": "linuxkit/bpftrace",
    "tag": "d4641399bc9a9504f09d64b9817f83e34a4118fc",
    "ref": "linuxkit/bpftrace:d4641399bc9a9504f09d64b9817f83e34a4118fc",
    "uses": 1
  },
  {
    "package": "cadvisor",
    "image": "linuxkit/cadvisor",
    "tag": "117b93de56bb9d4838ad61d22146572c4261f449",
    "ref": "linuxkit/cadvisor:117b93de56bb9d4838ad61d22146572c4261f449",
    "uses": 1
  },
  {
    "package": "dummy",
    "image": "linuxkit/dummy",
    "tag": "ceead45e5315b226edbe2922b0b49f669f6da976",
    "ref": "linuxkit/dummy:ceead45e5315b226edbe2922b0b49f669f6da976",
    "uses": 1
  },
  {
    "package": "host-timesync-daemon",
    "image": "linuxkit/host-timesync-daemon",
    "tag": "288c5bf6d7cd40b76d7a2276435c3c011cb26e37",
    "ref": "linuxkit/host-timesync-daemon:288c5bf6d7cd40b76d7a2276435c3c011cb26e37",
    "uses": 1
  },
  {
    "package": "mkimage",
    "image": "linuxkit/mkimage",
    "tag": "13cf79633735f644dbba19363fab483f4cc7117f",
    "ref": "linuxkit/mkimage:13cf79633735f644dbba19363fab483f4cc7117f",
    "uses": 1
  },
  {
    "package": "node_exporter",
    "image": "linuxkit/node_exporter",
    "tag": "f334791f344bdf477317840e14cee57904fee95a",
    "ref": "linuxkit/node_exporter:f334791f344bdf477317840e14cee57904fee95a",
    "uses": 1
  },
  {
    "package": "open-vm-tools",
    "image": "linuxkit/open-vm-tools",
    "tag": "ce668b7064e26dbb4767a9106aae8cb888a3a61c",
    "ref": "linuxkit/open-vm-tools:ce668b7064e26dbb4767a9106aae8cb888a3a61c",
    "uses": 1
  },
  {
    "package": "trim-after-delete",
    "image": "linuxkit/trim-after-delete",
    "tag": "012784ce3bdd59d42799dbf6555fe6da972cc721",
    "ref": "linuxkit/trim-after-delete:012784ce3bdd59d42799dbf6555fe6da972cc721",
    "uses": 1
  },
  {
    "package": "tss",
    "image": "linuxkit/tss",
    "tag": "15e6d8a72e46089109985ee9a72dc457bf5c42b1",
    "ref": "linuxkit/tss:15e6d8a72e46089109985ee9a72dc457bf5c42b1",
    "uses": 1
  },
  {
    "package": "vpnkit-expose-port",
    "image": "linuxkit/vpnkit-expose-port",
    "tag": "19c9fd4180d33c9b434fd73b1a3a7ab83cadbf30",
    "ref": "linuxkit/vpnkit-expose-port:19c9fd4180d33c9b434fd73b1a3a7ab83cadbf30",
    "uses": 1
  },
  {
    "package": "auditd",
    "image": "linuxkit/auditd",
    "tag": null,
    "ref": "linuxkit/auditd",
    "uses": 0
  },
  {
    "package": "firmware-all",
    "image": "linuxkit/firmware-all",
    "tag": null,
    "ref": "linuxkit/firmware-all",
    "uses": 0
  },
  {
    "package": "qemu-ga",
    "image": "linuxkit/qemu-ga",
    "tag": null,
    "ref": "linuxkit/qemu-ga",
    "uses": 0
  }
];

/** The reference to insert (as in the catalog) for each package the palette offers. */
export const FEATURED_REFS: Readonly<Record<string, string>> = {
  "sysctl": "linuxkit/sysctl:43ac1d39da329c3567fcb9689e5ca99de6d169b6",
  "dhcpcd": "linuxkit/dhcpcd:b87e9ececac55a65eaa592f4dd8b4e0c3009afdb",
  "format": "linuxkit/format:4f779c0b0d0ba145b7f03211b5cbf59fbbe12e54",
  "mount": "linuxkit/mount:bd1c3bb45e48e68e47a9456d1669f7119f855184",
  "metadata": "linuxkit/metadata:4bbf406678d376e1ae9c9efae6ca2421f63fb4ff",
  "getty": "linuxkit/getty:a86d74c8f89be8956330c3b115b0b1f2e09ef6e0",
  "sshd": "linuxkit/sshd:08e5d4a46603eff485d5d1b14001cc932a530858",
  "rngd": "linuxkit/rngd:984eb580ecb63986f07f626b61692a97aacd7198",
  "openntpd": "linuxkit/openntpd:2508f1d040441457a0b3e75744878afdf61bc473",
  "poweroff": "linuxkit/poweroff:4059858a555bed90c2280fa9b060b7a8f8de6d45"
};

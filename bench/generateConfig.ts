// Realistic LinuxKit configs of a given size for the benchmark: every container has an image,
// a command, capabilities, binds to volumes and host paths, some binds.add and a mounts entry;
// about one volume per three containers, each mounted read-write somewhere.

const INIT = [
  'linuxkit/init:8eea386739975a43af558eec757a7dcb3a3d2e7b',
  'linuxkit/runc:667e7ea2c426a2460ca21e3da065a57dbb3369c9',
  'linuxkit/containerd:a988a1a8bcbacb2f0695711a3c6e4dc9e2c0e5f3',
];
const IMAGES = ['docker.io/library/nginx:1.27.0', 'docker.io/library/redis:7.2.5', 'registry.example.com/team/worker:2.4.1', 'docker.io/library/alpine:3.20.1'];
const CAPABILITIES = ['CAP_NET_BIND_SERVICE', 'CAP_CHOWN', 'CAP_SETUID', 'CAP_SETGID', 'CAP_DAC_OVERRIDE', 'CAP_SYS_ADMIN'];

export interface GeneratedConfig {
  text: string;
  containers: number;
  volumes: number;
}

export function generateConfig(containers: number): GeneratedConfig {
  const volumes = Math.max(1, Math.ceil(containers / 3));
  const onboot = Math.max(1, Math.floor(containers / 10));
  const onshutdown = Math.max(1, Math.floor(containers / 20));
  const services = containers - onboot - onshutdown;

  const out = ['# Generated for the benchmark', 'kernel:', '  image: linuxkit/kernel:6.6.71', '  cmdline: "console=tty0 console=ttyS0"', 'init:'];
  for (const image of INIT) out.push(`  - ${image}`);
  let i = 0;
  const section = (name: string, count: number) => {
    out.push(`${name}:`);
    for (let k = 0; k < count; k++, i++) out.push(...container(name, i, volumes));
  };
  section('onboot', onboot);
  section('services', services);
  section('onshutdown', onshutdown);

  out.push('volumes:');
  for (let v = 0; v < volumes; v++) {
    out.push(`  - name: data-${v}`);
    if (v % 4 === 3) out.push(`    image: docker.io/library/alpine:3.20.1`, '    format: oci');
  }
  return { text: `${out.join('\n')}\n`, containers, volumes };
}

function container(section: string, i: number, volumes: number): string[] {
  const name = `${section === 'services' ? 'svc' : section}-${i}`;
  const lines = [
    `  - name: ${name}`,
    `    image: ${IMAGES[i % IMAGES.length]}`,
    `    command: ["/usr/local/bin/${name}", "--listen", ":${8000 + i}", "--log-level", "info"]`,
    '    capabilities:',
    ...[0, 1, 2].map((k) => `      - ${CAPABILITIES[(i + k) % CAPABILITIES.length]}`),
    // Container i writes its own volume (i / 3), so every volume is written by someone.
    i % 2 === 0 ? '    binds:' : '    binds.add:',
    `      - data-${Math.floor(i / 3) % volumes}:/var/lib/${name}`,
    '      - /etc/resolv.conf:/etc/resolv.conf:ro',
    `      - /var/log/${name}:/var/log`,
    '    mounts:',
    '      - type: bind',
    `        source: data-${(i + 1) % volumes}`,
    '        destination: /shared',
    '        options: ["rbind", "ro"]',
  ];
  if (i % 5 === 0) lines.push('    rlimits:', '      - nofile,10240,10240');
  return lines;
}

/** How messages name the object a LinuxKit definition describes ("not a container field"). */
export const DEFINITION_NOUNS: Record<string, string> = {
  kernel: 'kernel',
  file: 'file',
  volume: 'volume',
  trust: 'trust',
  mount: 'mount',
  device: 'device',
  idmapping: 'ID mapping',
  devicecgroup: 'device cgroup rule',
  memory: 'memory resource',
  cpu: 'CPU resource',
  pids: 'pids resource',
  weightdevice: 'weight device',
  throttledevice: 'throttle device',
  blockio: 'block I/O resource',
  hugepagelimit: 'hugepage limit',
  interfacepriority: 'interface priority',
  network: 'network resource',
  resources: 'resources',
  interface: 'interface',
  namespaces: 'bindNS',
  runtime: 'runtime',
  image: 'container',
};

/** Keys from Docker Compose habits, mapped to LinuxKit's container field that does the job. */
export const DOCKER_HABITS: Record<string, string> = {
  environment: 'env',
  entrypoint: 'command',
  working_dir: 'cwd',
  workdir: 'cwd',
  cap_add: 'capabilities.add',
  read_only: 'readonly',
  user: 'uid',
};

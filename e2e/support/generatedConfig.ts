/**
 * A generated config of `containers` containers in all three sections (about half onboot,
 * a third services, the rest onshutdown), each mounting one of `volumes` shared volumes,
 * every third one a second (read-only) volume: a build as large as a real system's.
 */
export function generatedConfig(containers = 20, volumes = 6): string {
  const onboot = Math.round(containers / 2);
  const services = Math.round(containers / 3);
  const sections: [string, number][] = [
    ['onboot', onboot],
    ['services', services],
    ['onshutdown', containers - onboot - services],
  ];
  const lines: string[] = ['kernel:', '  image: linuxkit/kernel:6.12.59', 'init:', '  - linuxkit/init:b5506cc74a6812dc40982cacfd2f4328f8a4b12a'];
  let n = 0;
  for (const [section, count] of sections) {
    lines.push(`${section}:`);
    for (let i = 0; i < count; i++, n++) {
      lines.push(`  - name: ${section}-${i + 1}`, `    image: ghcr.io/example/step-${n}:1.0.${n}`, '    binds:', `      - vol${n % volumes}:/data/v${n % volumes}`);
      if (n % 3 === 2) lines.push(`      - vol${(n + 1) % volumes}:/in/v${(n + 1) % volumes}:ro`);
    }
  }
  lines.push('volumes:');
  for (let v = 0; v < volumes; v++) lines.push(`  - name: vol${v}`);
  return `${lines.join('\n')}\n`;
}

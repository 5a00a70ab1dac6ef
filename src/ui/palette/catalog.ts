import { featuredRef } from '../../core/packages/packageDefaults.ts';
import type { Section } from '../../core/model/types.ts';

export interface CatalogItem {
  name: string;
  image: string;
  section: Section;
  description: string;
}

/** LinuxKit packages people add most, in the section where real configs put them (FEATURED in scripts/gen-package-defaults.mjs). */
const COMMON: Array<{ name: string; section: Section; description: string }> = [
  { name: 'sysctl', section: 'onboot', description: 'applies kernel sysctl settings at boot' },
  { name: 'dhcpcd', section: 'onboot', description: 'gets an IP address by DHCP (one shot)' },
  { name: 'format', section: 'onboot', description: 'formats a disk if it is blank' },
  { name: 'mount', section: 'onboot', description: 'mounts a disk under /var' },
  { name: 'metadata', section: 'onboot', description: 'reads cloud metadata / user data' },
  { name: 'getty', section: 'services', description: 'a login shell on the console' },
  { name: 'sshd', section: 'services', description: 'an SSH server' },
  { name: 'rngd', section: 'services', description: 'feeds the kernel entropy pool' },
  { name: 'openntpd', section: 'services', description: 'keeps the clock in time' },
  { name: 'poweroff', section: 'onshutdown', description: 'powers the machine off' },
];

export function catalogItems(): CatalogItem[] {
  return COMMON.flatMap((c) => {
    const image = featuredRef(c.name);
    return image ? [{ ...c, image }] : [];
  });
}

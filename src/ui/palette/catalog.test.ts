import { describe, expect, it } from 'vitest';
import { packageCatalog } from '../../core/packages/packageDefaults.ts';
import { catalogItems } from './catalog.ts';

describe('the palette’s LinuxKit packages', () => {
  it('offers every listed package, pinned to the tag the corpus pins most often', () => {
    const items = catalogItems();
    // a package missing from FEATURED (scripts/gen-package-defaults.mjs) would silently drop out
    expect(items.map((i) => i.name)).toEqual(['sysctl', 'dhcpcd', 'format', 'mount', 'metadata', 'getty', 'sshd', 'rngd', 'openntpd', 'poweroff']);
    const catalog = packageCatalog();
    for (const item of items) {
      expect(item.image).toBe(catalog.find((e) => e.package === item.name)?.ref);
      expect(item.image).toMatch(new RegExp(`^linuxkit/${item.name}:[0-9a-f]{40}$`));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { createTestStudio } from '../../app/testing/testStudio.ts';
import { knownNames } from './knownNames.ts';

describe('knownNames', () => {
  it('keeps the names of the last text that parsed while the user is mid-edit', () => {
    const studio = createTestStudio({ text: '' });
    const good = `services:\n  - name: web\n    image: nginx\nvolumes:\n  - name: data\n  - name: cache\n`;
    expect(knownNames(studio, 'linuxkit.yml', good)).toEqual({ volumes: ['cache', 'data'], containers: ['web'] });
    const broken = good.replace('image: nginx', 'image: [nginx').replace('name: cache', 'name: logs');
    expect(knownNames(studio, 'linuxkit.yml', broken)).toEqual({ volumes: ['cache', 'data'], containers: ['web'] });
    const fixed = good.replace('name: cache', 'name: logs');
    expect(knownNames(studio, 'linuxkit.yml', fixed)).toEqual({ volumes: ['data', 'logs'], containers: ['web'] });
  });

  it("in a build of several files, offers the last file's volumes (the only ones binds can name)", () => {
    const studio = createTestStudio({
      files: [
        { name: 'base.yml', text: 'services:\n  - name: web\n    image: nginx\nvolumes:\n  - name: early\n' },
        { name: 'extra.yml', text: 'services:\n  - name: db\n    image: postgres\nvolumes:\n  - name: late\n' },
      ],
    });
    expect(knownNames(studio, 'base.yml', studio.text('base.yml'))).toEqual({ volumes: ['late'], containers: ['db', 'web'] });
  });
});

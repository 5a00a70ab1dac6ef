import { describe, expect, it } from 'vitest';
import { createTestStudio } from '../../app/testing/testStudio.ts';
import { knownNames } from './knownNames.ts';

describe('knownNames', () => {
  it('keeps the names of the last text that parsed while the user is mid-edit', () => {
    const { views } = createTestStudio({ text: '' });
    const good = `services:\n  - name: web\n    image: nginx\nvolumes:\n  - name: data\n  - name: cache\n`;
    expect(knownNames(views, good)).toEqual({ volumes: ['cache', 'data'], containers: ['web'] });
    const broken = good.replace('image: nginx', 'image: [nginx').replace('name: cache', 'name: logs');
    expect(knownNames(views, broken)).toEqual({ volumes: ['cache', 'data'], containers: ['web'] });
    const fixed = good.replace('name: cache', 'name: logs');
    expect(knownNames(views, fixed)).toEqual({ volumes: ['data', 'logs'], containers: ['web'] });
  });
});

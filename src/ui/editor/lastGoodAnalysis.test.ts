import { describe, expect, it } from 'vitest';
import { knownNames, namesAnalysis } from './lastGoodAnalysis.ts';

describe('namesAnalysis', () => {
  it('keeps the names of the last text that parsed while the user is mid-edit', () => {
    const good = `services:\n  - name: web\n    image: nginx\nvolumes:\n  - name: data\n  - name: cache\n`;
    expect(knownNames(namesAnalysis(good))).toEqual({ volumes: ['cache', 'data'], containers: ['web'] });
    const broken = good.replace('image: nginx', 'image: [nginx').replace('name: cache', 'name: logs');
    expect(knownNames(namesAnalysis(broken))).toEqual({ volumes: ['cache', 'data'], containers: ['web'] });
    const fixed = good.replace('name: cache', 'name: logs');
    expect(knownNames(namesAnalysis(fixed))).toEqual({ volumes: ['data', 'logs'], containers: ['web'] });
  });
});

import { describe, expect, it } from 'vitest';
import { createStudio } from './studio.ts';

describe('commandEngine', () => {
  it('refuses a graph action with a notice while the commands load, then runs it', async () => {
    const text = 'services: []\n';
    // a Studio of its own, as the app makes one: the commands load on demand
    const studio = createStudio({ text });
    expect(studio.engine.get()).toBeNull();
    const early = studio.dispatch({ type: 'addVolume', kind: 'blank' });
    expect(early).toEqual({ ok: false, reason: 'Graph editing is still loading; try again in a moment.' });
    expect(studio.text()).toBe(text);
    expect(studio.store.getState().notice).toMatchObject({ kind: 'info', message: early.ok ? '' : early.reason });
    await studio.engine.load();
    expect(studio.dispatch({ type: 'addVolume', kind: 'blank' }).ok).toBe(true);
    expect(studio.text()).toContain('volumes:');
  });
});

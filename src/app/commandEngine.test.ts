import { describe, expect, it, vi } from 'vitest';

describe('commandEngine', () => {
  it('refuses a graph action with a notice while the commands load, then runs it', async () => {
    vi.resetModules(); // fresh modules: the test setup's loaded engine is not theirs
    const { createStudioStore } = await import('./store.ts');
    const { commandEngine, loadCommandEngine } = await import('./commandEngine.ts');
    expect(commandEngine()).toBeNull();
    const text = 'services: []\n';
    const store = createStudioStore({ text });
    const early = store.getState().runCommand({ type: 'addVolume', kind: 'blank' });
    expect(early).toEqual({ ok: false, reason: 'Graph editing is still loading; try again in a moment.' });
    expect(store.getState().text).toBe(text);
    expect(store.getState().notice).toMatchObject({ kind: 'info', message: early.ok ? '' : early.reason });
    await loadCommandEngine();
    expect(store.getState().runCommand({ type: 'addVolume', kind: 'blank' }).ok).toBe(true);
    expect(store.getState().text).toContain('volumes:');
  });
});

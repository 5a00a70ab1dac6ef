import { describe, expect, it } from 'vitest';
import { ACTIVE_FILE_KEY, rememberActiveFile } from './activeFileMemory.ts';
import { memoryStorage } from './testing/memoryStorage.ts';
import { createTestStudio } from './testing/testStudio.ts';

const FILES = [
  { name: 'base.yml', text: 'onboot: []\n' },
  { name: 'extra.yml', text: 'services: []\n' },
];

describe('the file the editor shows, across a reload of the tab', () => {
  it("is remembered in the tab's storage and shown again when the build is restored", () => {
    const storage = memoryStorage();
    const first = createTestStudio({ files: FILES });
    const stop = rememberActiveFile(first, storage, { restore: true });
    first.store.getState().setActive('extra.yml');
    stop();
    expect(storage.getItem(ACTIVE_FILE_KEY)).toBe('extra.yml');
    const reloaded = createTestStudio({ files: FILES });
    rememberActiveFile(reloaded, storage, { restore: true });
    expect(reloaded.store.getState().active).toBe('extra.yml');
  });

  it('is not restored over a build that is not the restored one, nor for a file the build lacks', () => {
    const storage = memoryStorage();
    storage.setItem(ACTIVE_FILE_KEY, 'extra.yml');
    const shared = createTestStudio({ files: FILES });
    rememberActiveFile(shared, storage, { restore: false });
    expect(shared.store.getState().active).toBe('base.yml');
    storage.setItem(ACTIVE_FILE_KEY, 'gone.yml');
    const other = createTestStudio({ files: FILES });
    rememberActiveFile(other, storage, { restore: true });
    expect(other.store.getState().active).toBe('base.yml');
  });

  it('works without storage (the browser blocks it)', () => {
    const studio = createTestStudio({ files: FILES });
    rememberActiveFile(studio, undefined, { restore: true });
    studio.store.getState().setActive('extra.yml');
    expect(studio.store.getState().active).toBe('extra.yml');
  });
});

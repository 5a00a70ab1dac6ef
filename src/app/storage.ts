/**
 * Site storage (localStorage) as a capability that may be missing. Browsers that block site
 * data throw on the mere `localStorage` property read; a full storage throws on every write.
 * Every read and write of the app goes through here, so neither can unmount the page.
 */

/** Shown in the toolbar after "Not saved: " when the browser gives the page no storage. */
export const NO_STORAGE_MESSAGE = 'this browser blocks site data. Export your work before you close the tab.';

/** The page's storage, or undefined when the browser blocks it. */
export function siteStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** This tab's own storage (sessionStorage: it survives a reload of the tab, not the tab), or undefined when blocked. */
export function tabStorage(): Storage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The stored value, or null when there is none or storage cannot be read. */
export function readItem(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export type WriteResult = { ok: true } | { ok: false; missing: boolean; message: string };

/** Stores a value; says why when the browser refuses (no storage, storage full, write blocked). */
export function writeItem(storage: Storage | undefined, key: string, value: string): WriteResult {
  if (!storage) return { ok: false, missing: true, message: NO_STORAGE_MESSAGE };
  try {
    storage.setItem(key, value);
    return { ok: true };
  } catch (e) {
    // the browser's own words ("Failed to execute 'setItem' on 'Storage': …") say less than this
    if ((e as DOMException)?.name === 'QuotaExceededError') return { ok: false, missing: false, message: "the browser's storage for this site is full" };
    return { ok: false, missing: false, message: (e as Error)?.message || 'storage full or disabled' };
  }
}

export function removeItem(storage: Storage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // nothing to do: what cannot be removed stays, and costs nothing
  }
}

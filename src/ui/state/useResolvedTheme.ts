import { useSyncExternalStore } from 'react';
import { useStudio } from './StudioContext.tsx';

const query = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;

function subscribe(cb: () => void) {
  query?.addEventListener('change', cb);
  return () => query?.removeEventListener('change', cb);
}

/** The theme in effect: the user's choice, or the system setting. */
export function useResolvedTheme(): 'light' | 'dark' {
  const preference = useStudio((s) => s.theme);
  const systemDark = useSyncExternalStore(subscribe, () => query?.matches ?? false);
  return preference === 'system' ? (systemDark ? 'dark' : 'light') : preference;
}

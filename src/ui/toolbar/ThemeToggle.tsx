import type { ThemePreference } from '../../app/store.ts';
import { useStudio } from '../state/StudioContext.tsx';

const NEXT: Record<ThemePreference, ThemePreference> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Record<ThemePreference, string> = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' };

export function ThemeToggle() {
  const theme = useStudio((s) => s.theme);
  const setTheme = useStudio((s) => s.setTheme);
  return (
    <button type="button" className="theme-toggle" onClick={() => setTheme(NEXT[theme])} title="Switch between system, light and dark">
      {LABEL[theme]}
    </button>
  );
}

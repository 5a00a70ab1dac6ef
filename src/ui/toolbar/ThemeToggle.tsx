import type { ThemePreference } from '../../app/index.ts';
import { useStudio } from '../state/StudioContext.tsx';

const NEXT: Record<ThemePreference, ThemePreference> = { system: 'light', light: 'dark', dark: 'system' };

export function ThemeToggle() {
  const theme = useStudio((s) => s.theme);
  const setTheme = useStudio((s) => s.setTheme);
  return (
    <button type="button" className="theme-toggle" onClick={() => setTheme(NEXT[theme])} title="Switch between system, light and dark" aria-label={`Theme: ${theme}`}>
      {/* "Theme:" gives way at laptop widths (toolbar.css); the name still reads "Theme: dark" */}
      <span className="theme-word">Theme: </span>
      {theme}
    </button>
  );
}

/**
 * Gives the keyboard back after the remove dialog closes: to the × that opened it, or, when
 * that file is gone, to the active file's tab, or to + Add file (never to the page's body).
 */
export function returnFocus(opener: HTMLElement | null, active: string): void {
  const target =
    (opener?.isConnected ? opener : null) ??
    document.querySelector<HTMLElement>(`[data-testid="file-tab"][data-file="${CSS.escape(active)}"]`) ??
    document.querySelector<HTMLElement>('[data-testid="add-file"]');
  target?.focus();
}

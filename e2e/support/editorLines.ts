import type { Page } from '@playwright/test';

/** The editor lines the text selection covers (Monaco renders a .selected-text per line). */
export async function selectedEditorLines(page: Page): Promise<string[]> {
  return page.getByTestId('yaml-editor').evaluate((root) => {
    const tops = new Set([...root.querySelectorAll<HTMLElement>('.selected-text')].map((e) => (e.parentElement as HTMLElement).style.top));
    return [...root.querySelectorAll<HTMLElement>('.view-lines .view-line')]
      .filter((line) => tops.has(line.style.top))
      .map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' ').trim());
  });
}

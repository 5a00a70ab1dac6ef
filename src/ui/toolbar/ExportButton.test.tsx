// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestStudio } from '../../app/testing/testStudio.ts';
import { renderInStudio } from '../testing/renderInStudio.tsx';
import { ExportButton } from './ExportButton.tsx';

function mount(text: string): HTMLElement {
  return renderInStudio(<ExportButton />, createTestStudio({ text }));
}

const byTestId = (host: HTMLElement, id: string) => host.querySelector<HTMLElement>(`[data-testid="${id}"]`);

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('ExportButton', () => {
  it('with errors, opens a loading dialog at once, then the dialog listing them; Cancel exports nothing', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click');
    const host = mount('services:\n  - name: web\n    image: nginx:1.27\n    binds:\n      - nowhere:/data\n');
    act(() => byTestId(host, 'export-yaml')!.click());
    expect(byTestId(host, 'loading-dialog')?.textContent).toContain('Loading');
    await vi.waitFor(async () => {
      await act(async () => {});
      expect(byTestId(host, 'export-dialog')).not.toBeNull();
    });
    expect(byTestId(host, 'loading-dialog')).toBeNull();
    const problems = host.querySelectorAll('[data-testid="export-problem"]');
    expect([...problems].map((p) => p.getAttribute('data-severity'))).toContain('error');
    act(() => [...byTestId(host, 'export-dialog')!.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!.click());
    expect(byTestId(host, 'export-dialog')).toBeNull();
    expect(click).not.toHaveBeenCalled();
  });
});

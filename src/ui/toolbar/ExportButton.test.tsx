// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStudioStore } from '../../app/store.ts';
import { StudioProvider } from '../state/StudioContext.tsx';
import { ExportButton } from './ExportButton.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;

function mount(text: string): HTMLElement {
  const store = createStudioStore({ text });
  const host = document.createElement('div');
  document.body.append(host);
  act(() => {
    root = createRoot(host);
    root.render(
      <StudioProvider store={store}>
        <ExportButton />
      </StudioProvider>,
    );
  });
  return host;
}

const byTestId = (host: HTMLElement, id: string) => host.querySelector<HTMLElement>(`[data-testid="${id}"]`);

afterEach(() => {
  act(() => root?.unmount());
  root = null;
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

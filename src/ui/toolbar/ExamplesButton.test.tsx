// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXAMPLES } from '../../app/examples/index.ts';
import { NEW_CONFIG } from '../../app/newConfig.ts';
import type { StudioStore } from '../../app/index.ts';
import { createTestStudio } from '../../app/testing/testStudio.ts';
import { LoadingDialog } from '../dialogs/LoadingDialog.tsx';
import { renderInStudio } from '../testing/renderInStudio.tsx';
import { ExamplesButton } from './ExamplesButton.tsx';

function mount(): { store: StudioStore; host: HTMLElement } {
  const studio = createTestStudio({ text: 'services: []\n' });
  return { store: studio.store, host: renderInStudio(<ExamplesButton />, studio) };
}

const byTestId = (host: HTMLElement, id: string) => host.querySelector<HTMLElement>(`[data-testid="${id}"]`);

afterEach(() => {
  document.body.replaceChildren();
});

describe('ExamplesButton', () => {
  it('opens a loading dialog at once, then the gallery; an example replaces the text', async () => {
    const { store, host } = mount();
    act(() => byTestId(host, 'examples')!.click());
    // the gallery's code is not loaded yet: a modal stands in, saying so
    const loading = byTestId(host, 'loading-dialog');
    expect(loading?.getAttribute('aria-busy')).toBe('true');
    expect(loading?.textContent).toContain('Loading');
    await vi.waitFor(async () => {
      await act(async () => {});
      expect(byTestId(host, 'examples-dialog')).not.toBeNull();
    });
    expect(byTestId(host, 'loading-dialog')).toBeNull();
    for (const e of EXAMPLES) expect(byTestId(host, `example-${e.id}`)?.textContent).toContain(e.title);
    act(() => byTestId(host, 'example-log-collection')!.click());
    expect(store.getState().files[0].text).toBe(EXAMPLES.find((e) => e.id === 'log-collection')!.text);
    expect(byTestId(host, 'examples-dialog')).toBeNull();
  });

  it('the loading dialog is modal and closes with its button or Escape', () => {
    const onClose = vi.fn();
    const host = renderInStudio(<LoadingDialog title="Examples" onClose={onClose} />);
    const dialog = byTestId(host, 'loading-dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute('aria-label')).toBe('Examples');
    act(() => [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Close')!.click());
    act(() => {
      dialog.dispatchEvent(new Event('cancel'));
    });
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('New replaces an unchanged config at once, and asks first when the text holds changes', () => {
    const { store, host } = mount();
    act(() => byTestId(host, 'new-config')!.click());
    expect(store.getState().files[0].text).toBe(NEW_CONFIG);
    expect(byTestId(host, 'new-config-dialog')).toBeNull();

    act(() => store.getState().editorChanged(`${NEW_CONFIG}services:\n  - name: mine\n`));
    const edited = store.getState().files[0].text;
    act(() => byTestId(host, 'new-config')!.click());
    const dialog = byTestId(host, 'new-config-dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(document.activeElement).toBe(byTestId(host, 'new-config-cancel'));
    act(() => byTestId(host, 'new-config-cancel')!.click());
    expect(byTestId(host, 'new-config-dialog')).toBeNull();
    expect(store.getState().files[0].text).toBe(edited);

    act(() => byTestId(host, 'new-config')!.click());
    act(() => byTestId(host, 'new-config-replace')!.click());
    expect(store.getState().files[0].text).toBe(NEW_CONFIG);
    expect(byTestId(host, 'new-config-dialog')).toBeNull();
  });

  it('an example asks first when the text holds changes, naming the example; Replace opens it', async () => {
    const { store, host } = mount();
    act(() => store.getState().editorChanged('services:\n  - name: mine\n'));
    const edited = store.getState().files[0].text;
    act(() => byTestId(host, 'examples')!.click());
    await vi.waitFor(async () => {
      await act(async () => {});
      expect(byTestId(host, 'examples-dialog')).not.toBeNull();
    });
    act(() => byTestId(host, 'example-log-collection')!.click());
    const example = EXAMPLES.find((e) => e.id === 'log-collection')!;
    expect(byTestId(host, 'examples-dialog')).toBeNull();
    expect(byTestId(host, 'new-config-dialog')?.querySelector('h2')?.textContent).toBe(`Replace your changes with the example “${example.title}”?`);
    expect(store.getState().files[0].text).toBe(edited);
    act(() => byTestId(host, 'new-config-replace')!.click());
    expect(store.getState().files[0].text).toBe(example.text);
  });

  it('New does not ask about a text that was exported since it changed', () => {
    const { store, host } = mount();
    act(() => store.getState().editorChanged('services:\n  - name: mine\n'));
    act(() => store.getState().markSaved(store.getState().files));
    act(() => byTestId(host, 'new-config')!.click());
    expect(byTestId(host, 'new-config-dialog')).toBeNull();
    expect(store.getState().files[0].text).toBe(NEW_CONFIG);
  });
});

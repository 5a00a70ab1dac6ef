// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { StudioStore } from '../../app/index.ts';
import { createTestStudio } from '../../app/testing/testStudio.ts';
import { renderInStudio } from '../testing/renderInStudio.tsx';
import { Inspector } from './Inspector.tsx';

const CONFIG = `volumes:
  - name: cfg
    readonly: true
  - name: data
    format: squashfs
onboot:
  - name: init-a
    image: alpine:3.20
  - name: init-b
    image: alpine:3.20
services:
  - name: web
    image: nginx:1.27
    uid: web
    binds:
      - cfg:/etc/cfg:ro
      - data:/data
`;

function mount(selection: string[], text = CONFIG): { store: StudioStore; panel: HTMLElement } {
  const studio = createTestStudio({ text });
  const { store } = studio;
  store.getState().setSelection(selection);
  const host = renderInStudio(<Inspector />, studio);
  return { store, panel: host.querySelector('[data-testid="inspector"]') as HTMLElement };
}

afterEach(() => {
  document.body.replaceChildren();
});

function field<T extends HTMLElement = HTMLInputElement>(panel: HTMLElement, testId: string): T {
  const el = panel.querySelector(`[data-testid="${testId}"]`);
  if (!el) throw new Error(`no ${testId}`);
  return el as T;
}

function type(input: HTMLInputElement, text: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setter?.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function press(el: HTMLElement, key: string) {
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

function click(el: HTMLElement) {
  act(() => el.click());
}

describe('Inspector', () => {
  it('renames a container on Enter, updating references, without remounting the field', () => {
    const { store, panel } = mount(['container:services:web']);
    const name = field(panel, 'field-name');
    type(name, 'frontend');
    expect(store.getState().files[0].text).toBe(CONFIG); // nothing written while typing
    press(name, 'Enter');
    expect(store.getState().files[0].text).toContain('- name: frontend');
    expect(store.getState().files[0].text).toContain('uid: frontend');
    expect(store.getState().selection).toEqual(['container:services:frontend']);
    expect(field(panel, 'field-name')).toBe(name);
    expect(name.value).toBe('frontend');
  });

  it('keeps the typed text and shows the reason when a command is refused; Escape reverts', () => {
    const { store, panel } = mount(['container:services:web']);
    const image = field(panel, 'field-image');
    type(image, '');
    press(image, 'Enter');
    expect(store.getState().files[0].text).toBe(CONFIG);
    expect(image.value).toBe('');
    expect(field(panel, 'field-refusal').textContent).toContain('needs an image');
    expect(image.getAttribute('aria-invalid')).toBe('true');
    press(image, 'Escape');
    expect(image.value).toBe('nginx:1.27');
    expect(panel.querySelector('[data-testid="field-refusal"]')).toBeNull();
  });

  it('flags a field with a validator error and shows its message as an alert', () => {
    const { panel } = mount(['volume:data']);
    const format = field<HTMLSelectElement>(panel, 'field-format');
    expect(format.value).toBe('squashfs');
    expect(format.getAttribute('aria-invalid')).toBe('true');
    const alert = panel.querySelector('[role="alert"][data-code="invalid-value"]');
    expect(alert?.textContent).toBeTruthy();
    expect(format.closest('.field')?.classList.contains('has-error')).toBe(true);
  });

  it('sets a volume format from the select', () => {
    const { store, panel } = mount(['volume:data']);
    const format = field<HTMLSelectElement>(panel, 'field-format');
    act(() => {
      format.value = 'oci';
      format.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(store.getState().files[0].text).toContain('format: oci');
  });

  it('locks the read-only checkbox of a mount of a read-only volume', () => {
    const { panel } = mount(['mount:services:web:/etc/cfg']);
    const readonly = field(panel, 'field-mount-readonly');
    expect(readonly.checked).toBe(true);
    expect(readonly.disabled).toBe(true);
    expect(panel.textContent).toContain('Volume `cfg` is read-only');
    expect(field(panel, 'field-destination').value).toBe('/etc/cfg');
  });

  it('changes a mount destination and follows the new mount id', () => {
    const { store, panel } = mount(['mount:services:web:/data']);
    const destination = field(panel, 'field-destination');
    type(destination, '/srv/data');
    act(() => destination.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(store.getState().files[0].text).toContain('- data:/srv/data');
    expect(store.getState().selection).toEqual(['mount:services:web:/srv/data']);
    expect(field(panel, 'field-destination')).toBe(destination);
  });

  it('adds a capability through the list field', () => {
    const { store, panel } = mount(['container:services:web']);
    const list = field<HTMLFieldSetElement>(panel, 'field-capabilities');
    const add = [...list.querySelectorAll('button')].find((b) => b.textContent === 'Add capability') as HTMLButtonElement;
    click(add);
    const row = field(list, 'field-capabilities-item');
    type(row, 'CAP_NET_ADMIN');
    press(row, 'Enter');
    expect(store.getState().files[0].text).toMatch(/capabilities:\n\s+- CAP_NET_ADMIN/);
  });

  it('moves an onboot container down', () => {
    const { store, panel } = mount(['container:onboot:init-a']);
    expect(field<HTMLButtonElement>(panel, 'move-up').disabled).toBe(true);
    click(field(panel, 'move-down'));
    const text = store.getState().files[0].text;
    expect(text.indexOf('init-b')).toBeLessThan(text.indexOf('init-a'));
  });

  it('makes every field read-only while the text does not parse', () => {
    const { store, panel } = mount(['container:services:web']);
    act(() => store.getState().editorChanged(`${CONFIG}  - [unclosed\n`));
    expect(field(panel, 'inspector-stale').textContent).toContain('does not parse');
    const name = field(panel, 'field-name');
    expect(name.value).toBe('web');
    expect(name.readOnly).toBe(true);
    expect(field<HTMLButtonElement>(panel, 'inspector-delete').disabled).toBe(true);
  });

  it('deletes a multi-selection in one step', () => {
    const { store, panel } = mount(['container:onboot:init-a', 'container:onboot:init-b']);
    expect(field(panel, 'selection-count').textContent).toBe('2 elements selected');
    click(field(panel, 'inspector-delete-all'));
    expect(store.getState().files[0].text).not.toContain('init-a');
    expect(store.getState().files[0].text).not.toContain('init-b');
    expect(store.getState().selection).toEqual([]);
  });
});

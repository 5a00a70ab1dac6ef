import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach } from 'vitest';
import type { Studio } from '../../app/index.ts';
import { StudioProvider } from '../state/StudioContext.tsx';

// Component tests (happy-dom): React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const roots: Root[] = [];

afterEach(() => {
  act(() => {
    for (const root of roots.splice(0)) root.unmount();
  });
});

/** Renders `element` into a fresh element of the document (inside the Studio's provider when given); unmounted after each test. */
export function renderInStudio(element: ReactNode, studio?: Studio): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  act(() => {
    const root = createRoot(host);
    roots.push(root);
    root.render(studio ? <StudioProvider studio={studio}>{element}</StudioProvider> : element);
  });
  return host;
}

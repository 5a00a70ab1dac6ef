import { useEffect, useRef, useState } from 'react';
import { useStudioObject } from '../state/StudioContext.tsx';
import { useResolvedTheme } from '../state/useResolvedTheme.ts';
import type { AttachedEditor } from './attachEditor.ts';
import { AddFileButton } from '../files/AddFileButton.tsx';
import { FileTabs } from '../files/FileTabs.tsx';

/** The live YAML editor (Monaco, loaded lazily from the local bundle). */
export function YamlEditor() {
  const studio = useStudioObject();
  const host = useRef<HTMLDivElement>(null);
  const attached = useRef<AttachedEditor | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const theme = useResolvedTheme();
  const [tabMovesFocus, setTabMovesFocus] = useState(false);

  useEffect(() => {
    let disposed = false;
    Promise.all([import('./monacoSetup.ts'), import('./attachEditor.ts')])
      .then(([{ monaco }, { attachEditor }]) => {
        if (disposed || !host.current) return;
        attached.current = attachEditor(studio, monaco, host.current, setTabMovesFocus);
        setState('ready');
      })
      .catch(() => setState('failed'));
    return () => {
      disposed = true;
      attached.current?.dispose();
      attached.current = null;
    };
  }, [studio]);

  useEffect(() => {
    attached.current?.setTheme(theme);
  }, [theme, state]);

  return (
    <div className="yaml-editor-wrap">
      <FileTabs />
      <div className="editor-keys" id="editor-keys">
        <span>{tabMovesFocus ? 'Tab moves focus out of the editor.' : 'Tab indents; Ctrl+M lets Tab leave the editor.'}</span>
        <AddFileButton />
        <button type="button" data-testid="tab-focus-mode" aria-pressed={tabMovesFocus} disabled={state !== 'ready'} onClick={() => attached.current?.toggleTabFocus()}>
          Tab moves focus
        </button>
      </div>
      <div className="yaml-editor-area">
        <div ref={host} className="yaml-editor nokey" data-testid="yaml-editor" data-ready={state === 'ready'} />
        {state === 'loading' && <div className="editor-loading">Loading the editor…</div>}
        {state === 'failed' && <div className="editor-loading">The editor could not be loaded.</div>}
      </div>
    </div>
  );
}

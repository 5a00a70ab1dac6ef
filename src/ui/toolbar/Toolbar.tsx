import { lazy, Suspense, useEffect, useState } from 'react';
import { CompareButton } from '../compare/CompareButton.tsx';
import { useStudio, useStudioObject } from '../state/StudioContext.tsx';
import { DataFlowToggle } from '../dataflow/DataFlowToggle.tsx';
import { ExamplesButton } from './ExamplesButton.tsx';
import { OutlineToggle } from '../outline/OutlineToggle.tsx';
import { ExplainToggle } from './ExplainToggle.tsx';
import { OpenFileButton } from './OpenFileButton.tsx';
import { ExportButton } from './ExportButton.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { ShareButton } from './ShareButton.tsx';
import { SyncStatus } from './SyncStatus.tsx';
import { ThemeToggle } from './ThemeToggle.tsx';
import './toolbar.css';

// the service worker's registration and messages: not needed for the first graph
const UpdateStatus = lazy(() => import('../pwa/UpdateStatus.tsx').then((m) => ({ default: m.UpdateStatus })));

export function Toolbar() {
  const studio = useStudioObject();
  const editorReady = useEditorReady();
  const relayout = useStudio((s) => s.relayout);
  return (
    <header className="toolbar" role="toolbar" aria-label="Main toolbar">
      <h1 className="brand">
        <span className="brand-mark" aria-hidden="true">◆</span> <span className="brand-name">LinuxKit Studio</span>
      </h1>
      <div className="toolbar-group">
        <ExamplesButton />
        <OpenFileButton />
        <ExportButton />
        <ShareButton />
        <CompareButton />
      </div>
      <div className="toolbar-group">
        <button type="button" data-testid="undo" disabled={!editorReady} onClick={() => studio.editor()?.undo()} title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button type="button" data-testid="redo" disabled={!editorReady} onClick={() => studio.editor()?.redo()} title="Redo (Ctrl+Shift+Z)">
          Redo
        </button>
        <button type="button" data-testid="auto-layout" onClick={() => relayout()} title="Lay the graph out again">
          Auto-layout
        </button>
      </div>
      <div className="toolbar-group">
        <OutlineToggle />
        <ExplainToggle />
        <DataFlowToggle />
      </div>
      <div className="toolbar-spacer" />
      <Suspense fallback={null}>
        <UpdateStatus />
      </Suspense>
      <SaveStatus />
      <SyncStatus />
      <ThemeToggle />
    </header>
  );
}

function useEditorReady(): boolean {
  const studio = useStudioObject();
  const [ready, setReady] = useState(() => studio.editor() !== null);
  useEffect(() => studio.onEditorChange(() => setReady(studio.editor() !== null)), [studio]);
  return ready;
}

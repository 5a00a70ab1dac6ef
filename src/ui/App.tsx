import { lazy, Suspense, useEffect } from 'react';
import type { Studio } from '../app/index.ts';
import { CanvasPlaceholder } from './canvas/CanvasPlaceholder.tsx';
import { DataFlowSlot } from './dataflow/DataFlowSlot.tsx';
import { FileDropOverlay } from './dialogs/FileDropOverlay.tsx';
import { YamlEditor } from './editor/YamlEditor.tsx';
import { Palette } from './palette/Palette.tsx';
import { ProblemsPanel } from './problems/ProblemsPanel.tsx';
import { NoticeBar } from './NoticeBar.tsx';
import { UnreadableSaveNotice } from './dialogs/UnreadableSaveNotice.tsx';
import { OutlinePanel } from './outline/OutlinePanel.tsx';
import { SplitPane } from './SplitPane.tsx';
import { SideTop } from './explain/SideTop.tsx';
import { StudioProvider } from './state/StudioContext.tsx';
import { useGlobalShortcuts } from './useGlobalShortcuts.ts';
import { useResolvedTheme } from './state/useResolvedTheme.ts';
import { Toolbar } from './toolbar/Toolbar.tsx';

// Not needed to show the first graph: loaded right after it, outside the initial bundle.
const Inspector = lazy(() => import('./inspector/Inspector.tsx').then((m) => ({ default: m.Inspector })));
const ExplainPanel = lazy(() => import('./explain/ExplainPanel.tsx').then((m) => ({ default: m.ExplainPanel })));
// React Flow with d3 is about a third of the app's JavaScript: its chunk starts loading with the app
// (the import runs now, not at first render) and the canvas shows a placeholder for the few ms until it lands.
const canvasModule = import('./canvas/FlowCanvas.tsx');
const Canvas = lazy(() => canvasModule);
const IoDialogs = lazy(() => import('./dialogs/IoDialogs.tsx').then((m) => ({ default: m.IoDialogs })));

export function App({ studio }: { studio: Studio }) {
  return (
    <StudioProvider studio={studio}>
      <Shell />
    </StudioProvider>
  );
}

function Shell() {
  const theme = useResolvedTheme();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useGlobalShortcuts();
  return (
    <div className="app">
      <Toolbar />
      <UnreadableSaveNotice />
      <main className="workspace" aria-label="Config designer">
        <Palette />
        <SplitPane
          storageKey="linuxkit-studio:split"
          label="Resize the editor"
          first={
            <div className="center">
              <div className="canvas-area">
                <NoticeBar />
                <Suspense fallback={<CanvasPlaceholder />}>
                  <Canvas />
                </Suspense>
                <OutlinePanel />
              </div>
              <DataFlowSlot />
              <ProblemsPanel />
            </div>
          }
          second={
            // a split of its own: the inspector (or Explain) above gets taller when the user needs it
            <SplitPane
              layout="rows"
              className="side"
              storageKey="linuxkit-studio:side-split"
              label="Resize the inspector"
              first={<SideTop Inspector={Inspector} Explain={ExplainPanel} />}
              second={<YamlEditor />}
            />
          }
        />
      </main>
      <Suspense fallback={null}>
        <IoDialogs />
      </Suspense>
      <FileDropOverlay />
    </div>
  );
}

import { ReactFlowProvider } from '@xyflow/react';
import { lazy, Suspense, useEffect } from 'react';
import type { Studio } from '../app/index.ts';
import { Canvas } from './canvas/Canvas.tsx';
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
const IoDialogs = lazy(() => import('./dialogs/IoDialogs.tsx').then((m) => ({ default: m.IoDialogs })));

export function App({ studio }: { studio: Studio }) {
  return (
    <StudioProvider studio={studio}>
      <ReactFlowProvider>
        <Shell />
      </ReactFlowProvider>
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
          left={
            <div className="center">
              <div className="canvas-area">
                <NoticeBar />
                <Canvas />
                <OutlinePanel />
              </div>
              <DataFlowSlot />
              <ProblemsPanel />
            </div>
          }
          right={
            <div className="side">
              <SideTop Inspector={Inspector} Explain={ExplainPanel} />
              <YamlEditor />
            </div>
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

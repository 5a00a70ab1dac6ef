import { ReactFlowProvider } from '@xyflow/react';
import { useEffect } from 'react';
import type { StudioStore } from '../app/store.ts';
import { Canvas } from './canvas/Canvas.tsx';
import { IoDialogs } from './dialogs/IoDialogs.tsx';
import { YamlEditor } from './editor/YamlEditor.tsx';
import { ExplainPanel } from './explain/ExplainPanel.tsx';
import { Inspector } from './inspector/Inspector.tsx';
import { Palette } from './palette/Palette.tsx';
import { ProblemsPanel } from './problems/ProblemsPanel.tsx';
import { NoticeBar } from './NoticeBar.tsx';
import { SplitPane } from './SplitPane.tsx';
import { StudioProvider } from './state/StudioContext.tsx';
import { useGlobalShortcuts } from './useGlobalShortcuts.ts';
import { useResolvedTheme } from './state/useResolvedTheme.ts';
import { Toolbar } from './toolbar/Toolbar.tsx';

export function App({ store }: { store: StudioStore }) {
  return (
    <StudioProvider store={store}>
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
      <NoticeBar />
      <div className="workspace">
        <Palette />
        <SplitPane
          storageKey="linuxkit-studio:split"
          left={
            <div className="center">
              <Canvas />
              <ProblemsPanel />
            </div>
          }
          right={
            <div className="side">
              <div className="side-top">
                <ExplainPanel />
                <Inspector />
              </div>
              <YamlEditor />
            </div>
          }
        />
      </div>
      <IoDialogs />
    </div>
  );
}

import { Suspense, useState, type ComponentType } from 'react';
import { useExplainMode } from './explainMode.ts';
import './sideTop.css';

/**
 * The top of the side column. With Explain mode on it holds two tabs, Explain and
 * Inspector, each given the whole height (the explanation was squeezed to a strip when it
 * shared the space with the inspector); Explain is in front when the mode is turned on.
 */
export function SideTop({ Inspector, Explain }: { Inspector: ComponentType; Explain: ComponentType }) {
  const on = useExplainMode((s) => s.on);
  const [tab, setTab] = useState<'explain' | 'inspector'>('explain');
  const [wasOn, setWasOn] = useState(on);
  if (on !== wasOn) {
    // turning Explain on brings its tab to the front (state adjusted while rendering, as React advises)
    setWasOn(on);
    if (on) setTab('explain');
  }
  const shown = on ? tab : 'inspector';
  const inspector = (
    <Suspense fallback={<aside className="inspector" aria-label="Inspector" aria-busy="true" />}>
      <Inspector />
    </Suspense>
  );
  if (!on) return <div className="side-top">{inspector}</div>;
  return (
    <div className="side-top has-tabs">
      <div className="side-tabs" role="tablist" aria-label="Side panel">
        {(['explain', 'inspector'] as const).map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`side-tab-${t}`}
            aria-selected={shown === t}
            aria-controls={`side-panel-${t}`}
            data-testid={`side-tab-${t}`}
            className={shown === t ? 'is-active' : undefined}
            onClick={() => setTab(t)}
          >
            {t === 'explain' ? 'Explain' : 'Inspector'}
          </button>
        ))}
      </div>
      <div className="side-panel" role="tabpanel" id="side-panel-explain" aria-labelledby="side-tab-explain" hidden={shown !== 'explain'}>
        <Suspense fallback={null}>
          <Explain />
        </Suspense>
      </div>
      <div className="side-panel" role="tabpanel" id="side-panel-inspector" aria-labelledby="side-tab-inspector" hidden={shown !== 'inspector'}>
        {inspector}
      </div>
    </div>
  );
}

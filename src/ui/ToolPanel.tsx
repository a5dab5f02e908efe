import { useTranslation } from 'react-i18next';
import { useViewer } from '../state';
import { LayersPanel } from './LayersPanel';
import { MuscleList } from './MuscleList';
import { ReverseLookup } from './ReverseLookup';

type ToolTab = 'muscles' | 'pain' | 'layers';

/**
 * The left panel: choose a muscle, say where it hurts, or peel layers. Opening "Where does it
 * hurt?" switches the head to answering clicks as pain points; "Muscles" back to selecting.
 */
export function ToolPanel({ tab, onTab }: { readonly tab: ToolTab; readonly onTab: (t: ToolTab) => void }) {
  const mode = useViewer((s) => s.mode);
  const setMode = useViewer((s) => s.setMode);
  const { t } = useTranslation('ui');
  const open = (t: ToolTab) => {
    onTab(t);
    if (t === 'muscles' && mode !== 'explore') setMode('explore');
    if (t === 'pain' && mode === 'explore') setMode('point');
  };
  const tabs: readonly { id: ToolTab; title: string }[] = [
    { id: 'muscles', title: t('tabs.muscles') },
    { id: 'pain', title: t('tabs.pain') },
    { id: 'layers', title: t('tabs.layers') },
  ];
  return (
    <div className="tool-panel">
      <div role="tablist" aria-label={t('tabs.label')}>
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`tabpanel-${t.id}`}
            onClick={() => open(t.id)}
          >
            {t.title}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'muscles' && <MuscleList />}
        {tab === 'pain' && <ReverseLookup />}
        {tab === 'layers' && <LayersPanel />}
      </div>
    </div>
  );
}

export type { ToolTab };

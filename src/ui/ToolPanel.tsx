import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../state';
import { InfoPanel } from './InfoPanel';
import { MuscleList } from './MuscleList';
import { lazyPart } from './lazy-part';

// The tabs behind the first are fetched when they open: the posture view and the exercises with
// their clinic words, the pain drawing with its results, the layers.
const MovementPanel = lazyPart(() => import('./movement/MovementPanel').then((m) => m.MovementPanel));
const ReverseLookup = lazyPart(() => import('./ReverseLookup').then((m) => m.ReverseLookup));
const LayersPanel = lazyPart(() => import('./LayersPanel').then((m) => m.LayersPanel));

interface Props {
  readonly tab: ToolTab;
  readonly onTab: (t: ToolTab) => void;
  readonly withInfo?: boolean;
}

type ToolTab = 'muscles' | 'pain' | 'layers' | 'posture' | 'info';

/**
 * The left panel: choose a muscle, say where it hurts, peel layers, or see posture and exercises
 * on the head. Opening "Where does it hurt?" switches the head to answering clicks as pain points;
 * "Muscles" back to selecting. On a phone's sheet (`withInfo`) the muscle's information is a fifth
 * tab beside them.
 */
export function ToolPanel({ tab, onTab, withInfo = false }: Props) {
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
    { id: 'posture', title: t('tabs.posture') },
    ...(withInfo ? [{ id: 'info' as const, title: t('panel.info') }] : []),
  ];
  // The tab pattern: one tab stop for the row, the arrow keys (and Home/End) move and open.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = tabs.findIndex((x) => x.id === tab);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const id = tabs[(next + tabs.length) % tabs.length]!.id;
    open(id);
    document.getElementById(`tab-${id}`)?.focus();
  };
  return (
    <div className="tool-panel">
      <div role="tablist" aria-label={t('tabs.label')} onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            // Only the open tab's panel is in the page.
            aria-controls={tab === t.id ? `tabpanel-${t.id}` : undefined}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => open(t.id)}
          >
            {t.title}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'muscles' && <MuscleList onShowPlace={() => onTab('pain')} />}
        {tab === 'pain' && <ReverseLookup />}
        {tab === 'layers' && <LayersPanel />}
        {tab === 'posture' && <MovementPanel />}
        {tab === 'info' && <InfoPanel />}
      </div>
    </div>
  );
}

export type { ToolTab };

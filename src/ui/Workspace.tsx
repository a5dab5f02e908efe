import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModelStatus, useViewer, type ViewerState } from '../state';
import { BottomSheet } from './BottomSheet';
import { InfoPanel } from './InfoPanel';
import { Panel } from './Panel';
import { SelectionBar } from './SelectionBar';
import { ToolPanel, type ToolTab } from './ToolPanel';
import { useCompactScreen, useSideSheet } from './useCompactScreen';

/** The tab a link opens on: the posture tab for a link to an exercise or the posture view. */
function firstTab(s: ViewerState): ToolTab {
  if (s.posture || s.exercise) return 'posture';
  return s.mode === 'explore' ? 'muscles' : 'pain';
}

/**
 * The tools and the muscle's story around the 3D view. Wide screens fold them as two side
 * panels; a phone or an upright tablet holds them as tabs of one bottom sheet under the head, so
 * choosing a muscle, reading about it and turning to its pattern never need a panel closed.
 */
export function Workspace() {
  const [tab, setTab] = useState<ToolTab>(() => firstTab(useViewer.getState()));
  const compact = useCompactScreen();
  const docked = useSideSheet();
  // Without a 3D view the tools are all there is to see: they open as a panel that fills the screen.
  const no3d = useModelStatus((s) => s.phase === 'failed' || s.phase === 'no-webgl');
  const { t } = useTranslation('ui');
  if (compact && !no3d)
    return (
      <BottomSheet docked={docked} bar={(uncover) => <SelectionBar onTurn={uncover} />}>
        <ToolPanel tab={tab} onTab={setTab} withInfo />
      </BottomSheet>
    );
  // The information has a panel of its own here: its tab, left open on an upright tablet, shows the list.
  const toolTab = tab === 'info' ? 'muscles' : tab;
  return (
    <>
      <Panel key={no3d ? 'no-3d' : '3d'} title={t('panel.tools')} className="left" defaultOpen={!compact || no3d}>
        <ToolPanel tab={toolTab} onTab={setTab} />
      </Panel>
      <Panel title={t('panel.info')} className="right" defaultOpen={!compact}>
        <InfoPanel />
      </Panel>
    </>
  );
}

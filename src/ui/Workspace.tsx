import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModelStatus, useViewer } from '../state';
import { InfoPanel } from './InfoPanel';
import { Panel } from './Panel';
import { ToolPanel, type ToolTab } from './ToolPanel';

const narrow = (): boolean =>
  typeof window !== 'undefined' && window.matchMedia?.('(max-width: 820px), (max-height: 500px)').matches === true;

/** The two folding panels around the 3D view: tools on the left, the muscle's story on the right. */
export function Workspace() {
  const [tab, setTab] = useState<ToolTab>(() => (useViewer.getState().mode === 'explore' ? 'muscles' : 'pain'));
  const [phone] = useState(narrow);
  // Without a 3D view the tools are all there is to see, so they open even on a phone.
  const no3d = useModelStatus((s) => s.phase === 'failed' || s.phase === 'no-webgl');
  const { t } = useTranslation('ui');
  return (
    <>
      <Panel key={no3d ? 'no-3d' : '3d'} title={t('panel.tools')} className="left" defaultOpen={!phone || no3d}>
        <ToolPanel tab={tab} onTab={setTab} />
      </Panel>
      <Panel title={t('panel.info')} className="right" defaultOpen={!phone}>
        <InfoPanel />
      </Panel>
    </>
  );
}

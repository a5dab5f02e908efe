import { useState } from 'react';
import { useModelStatus, useViewer } from '../state';
import { InfoPanel } from './InfoPanel';
import { Panel } from './Panel';
import { ToolPanel, type ToolTab } from './ToolPanel';

const narrow = (): boolean => typeof window !== 'undefined' && window.matchMedia?.('(max-width: 820px), (max-height: 500px)').matches === true;

/** The two folding panels around the 3D view: tools on the left, the muscle's story on the right. */
export function Workspace() {
  const [tab, setTab] = useState<ToolTab>(() => (useViewer.getState().mode === 'explore' ? 'muscles' : 'pain'));
  const [phone] = useState(narrow);
  // Without a 3D view the tools are all there is to see, so they open even on a phone.
  const no3d = useModelStatus((s) => s.phase === 'failed' || s.phase === 'no-webgl');
  return (
    <>
      <Panel key={no3d ? 'no-3d' : '3d'} title="Tools" className="left" defaultOpen={!phone || no3d}>
        <ToolPanel tab={tab} onTab={setTab} />
      </Panel>
      <Panel title="Muscle information" className="right" defaultOpen={!phone}>
        <InfoPanel />
      </Panel>
    </>
  );
}

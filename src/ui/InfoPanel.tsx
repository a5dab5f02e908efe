import { getMuscle } from '../mapping';
import { bestViewFor, useModelStatus, useViewer } from '../state';
import { depthNames, groupNames, muscleLabel } from './labels';
import { ReferralDescription } from './ReferralDescription';
import { SourceList } from './SourceList';
import { TriggerPointList } from './TriggerPointList';
import { UncertaintyNotes } from './UncertaintyNotes';

/** Everything the catalogue says about the selected muscle, in the order a clinician reads it. */
export function InfoPanel() {
  const selected = useViewer((s) => s.selected);
  const select = useViewer((s) => s.select);
  const showView = useViewer((s) => s.showView);
  const has3d = useModelStatus((s) => s.phase === 'ready');
  const muscle = selected ? getMuscle(selected.muscleId) : undefined;
  if (!selected || !muscle) {
    return (
      <section className="info-panel empty" aria-label="Muscle information">
        <p className="hint">Choose a muscle from the list or click one on the model to see where it sends pain.</p>
      </section>
    );
  }
  return (
    <section className="info-panel" aria-label="Muscle information">
      <header>
        <h2>{muscleLabel(muscle.id, selected.side)}</h2>
        <p className="plain-name">{muscle.plainName}</p>
        <p className="meta">
          {groupNames[muscle.group]} · {depthNames[muscle.layer]}
        </p>
        <div className="button-row">
          {has3d && (
            <button type="button" className="small" onClick={() => showView(bestViewFor(muscle.id, selected.side))}>
              Turn to the pain pattern
            </button>
          )}
          <button type="button" className="small" onClick={() => select(null)}>
            Clear selection
          </button>
        </div>
      </header>
      <h3>Referred pain</h3>
      <p>{muscle.referralSummary}</p>
      <ReferralDescription muscle={muscle} />
      <h3>Trigger points</h3>
      <TriggerPointList muscle={muscle} />
      <h3>Symptoms</h3>
      <ul>{muscle.symptoms.map((s) => <li key={s}>{s}</li>)}</ul>
      <h3>What keeps it going</h3>
      <ul>{muscle.perpetuatingFactors.map((s) => <li key={s}>{s}</li>)}</ul>
      <h3>Anatomy</h3>
      <dl>
        <dt>Origin</dt>
        <dd>{muscle.origin}</dd>
        <dt>Insertion</dt>
        <dd>{muscle.insertion}</dd>
        <dt>Innervation</dt>
        <dd>{muscle.innervation}</dd>
        <dt>Action</dt>
        <dd>{muscle.action}</dd>
      </dl>
      <h3>How often it is the source</h3>
      <p>{muscle.frequencyNote}</p>
      <UncertaintyNotes muscle={muscle} />
      <h3>Sources</h3>
      <SourceList muscle={muscle} />
    </section>
  );
}

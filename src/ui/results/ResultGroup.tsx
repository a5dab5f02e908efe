import { useId, useState } from 'react';
import { useViewer, type ResultEntry } from '../../state';
import { useLabels } from '../labels';
import { MatchFigure } from './MatchFigure';
import { ResultRow } from './ResultRow';

type Group = Extract<ResultEntry, { kind: 'group' }>;

/**
 * Muscles examined as one (the suboccipitals) as one row, with the figures of its strongest
 * member; a disclosure button opens it to its members, each selectable like any row. It opens by
 * itself when one of its members is the selected muscle.
 */
export function ResultGroup({ entry, rank }: { readonly entry: Group; readonly rank: number }) {
  const { t, muscleLabel } = useLabels();
  const setPreview = useViewer((s) => s.setPreview);
  const holdsSelected = useViewer((s) =>
    entry.members.some((m) => s.selected?.muscleId === m.muscleId && s.selected.side === m.side),
  );
  const [chosen, setChosen] = useState<boolean | null>(null);
  const open = chosen ?? holdsSelected;
  const listId = useId();
  const name = muscleLabel(entry.groupId, entry.side);
  const lead = { muscleId: entry.lead.muscleId, side: entry.lead.side };
  return (
    <div className="candidate-group">
      <button
        type="button"
        className="candidate group"
        aria-expanded={open}
        aria-controls={listId}
        onMouseEnter={() => setPreview(lead)}
        onFocus={() => setPreview(lead)}
        onBlur={() => setPreview(null)}
        onClick={() => setChosen(!open)}
      >
        <span>
          <span className="rank">{rank}.</span> <span className="candidate-name">{name}</span>{' '}
          <span className="disclosure" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
        </span>
        <MatchFigure candidate={entry.lead} />
        <span className="hint">{t('ui:results.group.members', { count: entry.members.length })}</span>
      </button>
      <ul id={listId} className="group-members" hidden={!open}>
        {open &&
          entry.members.map((m) => (
            <li key={m.muscleId}>
              <ResultRow candidate={m} />
            </li>
          ))}
      </ul>
    </div>
  );
}

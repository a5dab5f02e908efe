import { useMemo, useState } from 'react';
import { muscles, type Muscle, type MuscleGroup } from '../mapping';
import { useViewer } from '../state';
import { useLabels } from './labels';
import { matchesSearch } from './muscle-search';
import { MuscleRow } from './MuscleRow';

/** Every muscle of the catalogue, grouped by region and then by depth, filtered by a search. */
export function MuscleList() {
  const [query, setQuery] = useState('');
  const selected = useViewer((s) => s.selected);
  const { t, groupName, depthName } = useLabels();
  const groups = useMemo(() => {
    const byGroup = new Map<MuscleGroup, Muscle[]>();
    for (const m of muscles) {
      if (!matchesSearch(t, m, query)) continue;
      const list = byGroup.get(m.group) ?? [];
      list.push(m);
      byGroup.set(m.group, list);
    }
    for (const list of byGroup.values()) list.sort((a, b) => a.layer - b.layer);
    return [...byGroup.entries()];
  }, [query, t]);

  return (
    <section className="muscle-list" aria-label={t('ui:muscles.label')}>
      <label className="search">
        <span>{t('ui:muscles.find')}</span>
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('ui:muscles.placeholder')}
        />
      </label>
      {groups.length === 0 && <p className="hint">{t('ui:muscles.none', { query })}</p>}
      {groups.map(([group, list]) => (
        <div key={group} className="muscle-group">
          <h3>{groupName(group)}</h3>
          <ul>
            {list.map((m) => (
              <MuscleRow key={m.id} muscle={m} depth={depthName(m.layer)} selected={selected} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

import { useMemo, useState } from 'react';
import { muscles, type Muscle, type MuscleGroup } from '../mapping';
import { useViewer } from '../state';
import { useLabels } from './labels';
import { MuscleRow } from './MuscleRow';
import { SearchPlaces } from './SearchPlaces';
import { loadSearch, useMuscleSearch } from './useMuscleSearch';

/**
 * Every muscle of the catalogue, grouped by region and then by depth, filtered by a search that
 * knows nicknames, complaints and slips of the finger; places a complaint points to come first.
 */
export function MuscleList({ onShowPlace }: { readonly onShowPlace?: () => void }) {
  const [query, setQuery] = useState('');
  const selected = useViewer((s) => s.selected);
  const { t, groupName, depthName } = useLabels();
  const search = useMuscleSearch(query);
  const found = search.status === 'ready' ? search.answer.muscles : null;
  const groups = useMemo(() => {
    const byGroup = new Map<MuscleGroup, Muscle[]>();
    for (const m of muscles) {
      if (found && !found.has(m.id)) continue;
      const list = byGroup.get(m.group) ?? [];
      list.push(m);
      byGroup.set(m.group, list);
    }
    for (const list of byGroup.values()) list.sort((a, b) => a.layer - b.layer);
    return [...byGroup.entries()];
  }, [found]);

  return (
    <section className="muscle-list" aria-label={t('ui:muscles.label')} aria-busy={search.status === 'loading'}>
      <label className="search">
        <span>{t('ui:muscles.find')}</span>
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          // Fetched while the user starts to type, so the first letter is answered at once.
          onFocus={() => void loadSearch().catch(() => undefined)}
          placeholder={t('ui:muscles.placeholder')}
        />
      </label>
      {search.status === 'failed' && (
        <p className="hint" role="status">
          {t('ui:muscles.searchFailed')}
        </p>
      )}
      <SearchPlaces places={search.status === 'ready' ? search.answer.places : []} onShow={onShowPlace} />
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

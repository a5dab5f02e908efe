import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { muscles, type Muscle, type MuscleGroup } from '../mapping';
import { useViewer } from '../state';
import { useLabels } from './labels';
import { buildSearchIndex, searchMuscles } from './muscle-search';
import { MuscleRow } from './MuscleRow';
import { SearchPlaces } from './SearchPlaces';

/**
 * Every muscle of the catalogue, grouped by region and then by depth, filtered by a search that
 * knows nicknames, complaints and slips of the finger; places a complaint points to come first.
 */
export function MuscleList({ onShowPlace }: { readonly onShowPlace?: () => void }) {
  const [query, setQuery] = useState('');
  const selected = useViewer((s) => s.selected);
  const { t, groupName, depthName } = useLabels();
  const { i18n } = useTranslation();
  // Once per language (and catalogue load), never per keystroke.
  const index = useMemo(() => buildSearchIndex(t, i18n.language), [t, i18n.language]);
  const answer = useMemo(() => searchMuscles(index, query), [index, query]);
  const groups = useMemo(() => {
    const byGroup = new Map<MuscleGroup, Muscle[]>();
    for (const m of muscles) {
      if (answer.muscles && !answer.muscles.has(m.id)) continue;
      const list = byGroup.get(m.group) ?? [];
      list.push(m);
      byGroup.set(m.group, list);
    }
    for (const list of byGroup.values()) list.sort((a, b) => a.layer - b.layer);
    return [...byGroup.entries()];
  }, [answer]);

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
      <SearchPlaces places={answer.places} onShow={onShowPlace} />
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

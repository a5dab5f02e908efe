import { useMemo, useState } from 'react';
import { muscles, type Muscle, type MuscleGroup } from '../mapping';
import { useViewer } from '../state';
import { depthNames, groupNames } from './labels';
import { MuscleRow } from './MuscleRow';

/** Clinical name, plain name, id or region: a patient's "jaw" finds the chewing muscles. */
function matches(m: Muscle, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [m.name, m.plainName, m.id, groupNames[m.group]].some((text) => text.toLowerCase().includes(q));
}

/** Every muscle of the catalogue, grouped by region and then by depth, filtered by a search. */
export function MuscleList() {
  const [query, setQuery] = useState('');
  const selected = useViewer((s) => s.selected);
  const groups = useMemo(() => {
    const byGroup = new Map<MuscleGroup, Muscle[]>();
    for (const m of muscles) {
      if (!matches(m, query)) continue;
      const list = byGroup.get(m.group) ?? [];
      list.push(m);
      byGroup.set(m.group, list);
    }
    for (const list of byGroup.values()) list.sort((a, b) => a.layer - b.layer);
    return [...byGroup.entries()];
  }, [query]);

  return (
    <section className="muscle-list" aria-label="Muscles">
      <label className="search">
        <span>Find a muscle</span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="e.g. trapezius, jaw" />
      </label>
      {groups.length === 0 && <p className="hint">No muscle matches “{query}”.</p>}
      {groups.map(([group, list]) => (
        <div key={group} className="muscle-group">
          <h3>{groupNames[group]}</h3>
          <ul>
            {list.map((m) => (
              <MuscleRow key={m.id} muscle={m} depth={depthNames[m.layer]} selected={selected} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

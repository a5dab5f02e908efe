import { skinLayers, useViewer, type LayerToggle } from '../state';

const toggles: readonly { key: LayerToggle; label: string }[] = [
  { key: 'superficial', label: 'Superficial muscles (trapezius, SCM, masseter…)' },
  { key: 'intermediate', label: 'Middle layers (splenius, semispinalis, scalenes…)' },
  { key: 'deep', label: 'Deepest muscles (suboccipitals, multifidi)' },
  { key: 'bones', label: 'Bones' },
  { key: 'isolate', label: 'Only the selected muscle' },
  { key: 'otherSide', label: "The other side's muscles (opposite the selected one)" },
];

/** What is drawn: the skin, muscle layers by depth, bones. Unticking peels a layer away. */
export function LayersPanel() {
  const layers = useViewer((s) => s.layers);
  const { setSkin, toggleLayer } = useViewer.getState();
  return (
    <section className="layers" aria-label="Layers">
      <fieldset>
        <legend>Skin</legend>
        <div className="button-row">
          {skinLayers.map((k) => (
            <label key={k} className={layers.skin === k ? 'choice on' : 'choice'}>
              <input type="radio" name="skin" value={k} checked={layers.skin === k} onChange={() => setSkin(k)} />
              {k === 'opaque' ? 'Opaque' : k === 'ghosted' ? 'See-through' : 'Hidden'}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Show</legend>
        {toggles.map((t) => (
          <label key={t.key} className="check">
            <input type="checkbox" checked={layers[t.key]} onChange={(e) => toggleLayer(t.key, e.target.checked)} />
            {t.label}
          </label>
        ))}
      </fieldset>
    </section>
  );
}

// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Mesh } from 'three';
import { landmarks, referralAt } from '../../src/mapping';
import { resetViewer, useViewer } from '../../src/state';
import { ModelView } from '../../src/scene/ModelView';
import { prepareModel, type PreparedModel, type Surface } from '../../src/scene/prepare-model';
import { act, renderScene, type MountedScene } from './render-scene';
import { syntheticModel } from './synthetic-model';

/** Index of the surface vertex nearest to a point. */
function nearest(surface: Surface, p: readonly number[]): number {
  let best = 0;
  let bestD = Infinity;
  for (let i = 0; i < surface.positions.length / 3; i++) {
    const d = Math.hypot(
      surface.positions[i * 3]! - p[0]!,
      surface.positions[i * 3 + 1]! - p[1]!,
      surface.positions[i * 3 + 2]! - p[2]!,
    );
    if (d < bestD) [best, bestD] = [i, d];
  }
  return best;
}

const sum = (a: ArrayLike<number>): number => {
  let total = 0;
  for (let i = 0; i < a.length; i++) total += a[i]!;
  return total;
};

const meshes = (model: PreparedModel, key: string): readonly Mesh[] => model.muscles.get(key) ?? [];

describe('ModelView', () => {
  let model: PreparedModel;
  let mounted: MountedScene | undefined;
  beforeEach(async () => {
    await mounted?.unmount();
    resetViewer();
    model = prepareModel(syntheticModel());
    mounted = await renderScene(<ModelView model={model} />);
  });

  it('finds skin, bones, muscles and landmarks by name and reports what the contract lacks', () => {
    expect(model.skin).toHaveLength(1);
    expect(model.bones).toHaveLength(1);
    expect(model.muscles.get('upper-trapezius:left')).toHaveLength(1);
    expect(model.landmarks.get('pterion-left')?.x).toBeCloseTo(landmarks['pterion-left'][0]);
    expect(model.missing).toContain('muscle:masseter-superficial:left');
    expect(model.missing).not.toContain('skin');
  });

  it("reads the contract names three's loader keeps in userData (it strips ':' from names)", () => {
    const root = syntheticModel(['temporalis']);
    root.traverse((o) => {
      o.userData.name = o.name;
      o.name = o.name.replace(/:/g, '');
    });
    const loaded = prepareModel(root);
    expect(loaded.skin).toHaveLength(1);
    expect(loaded.muscles.get('temporalis:right')).toHaveLength(1);
    expect(loaded.landmarks.size).toBe(Object.keys(landmarks).length);
  });

  it('selecting a muscle paints its zones into the skin attribute, as the mapping says', async () => {
    const skin = model.skin[0]!;
    expect(sum(skin.zone.array)).toBe(0);
    await act(async () => useViewer.getState().select({ muscleId: 'upper-trapezius', side: 'left' }));
    const zone = skin.zone.array as Float32Array;
    const i = nearest(skin, landmarks['pterion-left']);
    const p = [skin.positions[i * 3]!, skin.positions[i * 3 + 1]!, skin.positions[i * 3 + 2]!] as const;
    const expected = referralAt('upper-trapezius', 'left', p);
    expect(expected.level).toBe('essential');
    expect(zone[i * 2]).toBeCloseTo(expected.weight, 5);
    // The mirror point on the right gets nothing from a left muscle's temple zone.
    const j = nearest(skin, landmarks['pterion-right']);
    expect(zone[j * 2]).toBe(0);
    expect(sum(model.bones[0]!.zone.array)).toBe(0);
  });

  it('paints the skull instead when the skin is hidden, and clears on deselect', async () => {
    await act(async () => {
      useViewer.getState().select({ muscleId: 'temporalis', side: 'right' });
      useViewer.getState().setSkin('hidden');
    });
    expect(model.skin[0]!.mesh.visible).toBe(false);
    expect(sum(model.skin[0]!.zone.array)).toBe(0);
    expect(sum(model.bones[0]!.zone.array)).toBeGreaterThan(0);
    await act(async () => useViewer.getState().select(null));
    expect(sum(model.bones[0]!.zone.array)).toBe(0);
  });

  it('highlights the selected muscle only', async () => {
    await act(async () => useViewer.getState().select({ muscleId: 'upper-trapezius', side: 'left' }));
    expect(meshes(model, 'upper-trapezius:left')[0]!.material).toBe(model.materials.selectedMuscle);
    expect(meshes(model, 'upper-trapezius:right')[0]!.material).toBe(model.materials.muscle);
  });

  it('layer toggles hide what they say', async () => {
    const s = useViewer.getState();
    await act(async () => s.toggleLayer('superficial', false));
    expect(meshes(model, 'upper-trapezius:left')[0]!.visible).toBe(false);
    expect(meshes(model, 'splenius-capitis:left')[0]!.visible).toBe(true);
    expect(meshes(model, 'rectus-capitis-posterior-major:left')[0]!.visible).toBe(true);
    await act(async () => s.toggleLayer('deep', false));
    expect(meshes(model, 'rectus-capitis-posterior-major:left')[0]!.visible).toBe(false);
    await act(async () => s.toggleLayer('bones', false));
    expect(model.bones[0]!.mesh.visible).toBe(false);
    await act(async () => s.setSkin('hidden'));
    expect(model.skin[0]!.mesh.visible).toBe(false);
    await act(async () => {
      s.select({ muscleId: 'temporalis', side: 'left' });
      s.toggleLayer('isolate', true);
    });
    const shown = [...model.muscles.entries()].filter(([, m]) => m[0]!.visible).map(([k]) => k);
    expect(shown).toEqual(['temporalis:left']);
  });

  it('a pain drawing sets the paint attribute, and only that: the store keeps the strokes alone', async () => {
    const s = useViewer.getState();
    const skin = model.skin[0]!;
    const i = nearest(skin, landmarks['pterion-left']);
    const at = [skin.positions[i * 3]!, skin.positions[i * 3 + 1]!, skin.positions[i * 3 + 2]!] as const;
    await act(async () => {
      s.beginStroke();
      s.addDab({ at, radiusMm: 15 });
    });
    expect((skin.paint.array as Float32Array)[i]).toBe(1);
    expect(Object.keys(useViewer.getState())).not.toContain('paintedArea');
    await act(async () => s.undoStroke());
    expect(sum(skin.paint.array)).toBe(0);
  });
});

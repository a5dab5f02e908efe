import { BoxGeometry, BufferAttribute, Group, Mesh, Raycaster, Vector3, type MeshStandardMaterial } from 'three';
import { beforeEach, describe, expect, it } from 'vitest';
import { contextNode } from '../../src/model-contract';
import { contextOf, firstPick, muscleOf } from '../../src/scene/picking';
import { prepareModel } from '../../src/scene/prepare-model';
import { tissueAttributes, tissueDefaults } from '../../src/scene/tissue-shading';
import { isContextShown, resetViewer, useViewer } from '../../src/state';
import { syntheticModel } from './synthetic-model';
import { defaultLayers } from '../../src/state/defaults';

/** The synthetic model with a larynx in front of the left upper trapezius and an eye beside it. */
function withContext(): Group {
  const root = syntheticModel();
  const larynx = new Mesh(new BoxGeometry(0.02, 0.02, 0.01));
  larynx.name = contextNode('thyroid-cartilage');
  larynx.geometry.deleteAttribute('uv');
  larynx.position.set(0.03, -0.06, 0.02);
  const eye = new Mesh(new BoxGeometry(0.01, 0.01, 0.01));
  eye.name = contextNode('eye-left');
  // Baked occlusion (COLOR_0) on the eye only; neither has fibres.
  eye.geometry.setAttribute(
    'color',
    new BufferAttribute(new Float32Array(eye.geometry.attributes.position!.count * 3).fill(0.5), 3),
  );
  root.add(larynx, eye);
  return root;
}

describe('context parts in the viewer', () => {
  beforeEach(() => resetViewer());

  it('are drawn in their own neutral material and never listed as muscles', () => {
    const model = prepareModel(withContext());
    expect([...model.context.keys()].sort()).toEqual(['eye-left', 'thyroid-cartilage']);
    expect(model.context.get('eye-left')!.material).toBe(model.materials.context);
    for (const key of model.muscles.keys()) expect(key).not.toMatch(/eye|thyroid/);
    expect(model.missing.some((n) => n.startsWith('context:'))).toBe(false);
    const colour = (model.materials.context as MeshStandardMaterial).color;
    // Neutral: no channel far from the others (neither muscle red nor bone ivory).
    expect(Math.max(colour.r, colour.g, colour.b) - Math.min(colour.r, colour.g, colour.b)).toBeLessThan(0.06);
  });

  it('picked under the pointer, names the part and gives no muscle to select', () => {
    const model = prepareModel(withContext());
    model.root.updateMatrixWorld(true);
    const ray = new Raycaster(new Vector3(0.03, -0.06, 1), new Vector3(0, 0, -1));
    const hit = firstPick(ray.intersectObject(model.root, true), 'explore');
    expect(contextOf(hit)).toBe('thyroid-cartilage');
    expect(muscleOf(hit)).toBeNull();
    // Hidden, it no longer stands in front: the muscle behind is picked.
    model.context.get('thyroid-cartilage')!.visible = false;
    const behind = firstPick(ray.intersectObject(model.root, true), 'explore');
    expect(muscleOf(behind)).toEqual({ muscleId: 'upper-trapezius', side: 'left' });
  });

  it('reads baked occlusion where a mesh has it and falls back to constants where it has not', () => {
    const model = prepareModel(withContext());
    const eye = model.context.get('eye-left')!.geometry;
    const larynx = model.context.get('thyroid-cartilage')!.geometry;
    expect(eye.getAttribute(tissueAttributes.occlusion)).toBe(eye.getAttribute('color'));
    expect(larynx.getAttribute(tissueAttributes.occlusion)).toBeUndefined();
    expect(larynx.getAttribute(tissueAttributes.fibreUv)).toBeUndefined();
    for (const material of [
      model.materials.context,
      model.materials.muscle,
      model.materials.skin,
      model.materials.bone,
    ]) {
      const defaults = (material as unknown as { defaultAttributeValues: typeof tissueDefaults })
        .defaultAttributeValues;
      // Open to the light, and a zero fibre direction, which the shader reads as "no fibres".
      expect(defaults[tissueAttributes.occlusion]).toEqual([1, 1, 1]);
      expect(defaults[tissueAttributes.fibreTangent]).toEqual([0, 0, 0, 0]);
      expect(defaults[tissueAttributes.tendon]).toEqual([0, 0]);
    }
  });

  it('muscles with fibre data share the buffers under the shader names; without, they keep none', () => {
    const root = syntheticModel(['temporalis']);
    const striped = root.children.find((o) => o.name === 'muscle:temporalis:left') as Mesh;
    const n = striped.geometry.attributes.position!.count;
    striped.geometry.setAttribute('tangent', new BufferAttribute(new Float32Array(n * 4), 4));
    striped.geometry.setAttribute('uv1', new BufferAttribute(new Float32Array(n * 2), 2));
    const model = prepareModel(root);
    const [left] = model.muscles.get('temporalis:left')!;
    const [right] = model.muscles.get('temporalis:right')!;
    expect(left!.geometry.getAttribute(tissueAttributes.fibreTangent)).toBe(left!.geometry.getAttribute('tangent'));
    expect(left!.geometry.getAttribute(tissueAttributes.tendon)).toBe(left!.geometry.getAttribute('uv1'));
    expect(right!.geometry.getAttribute(tissueAttributes.fibreTangent)).toBeUndefined();
    expect(left!.material).toBe(model.materials.muscle);
    expect(right!.material).toBe(model.materials.muscle);
  });

  it('are shown with the muscle layer of their depth and hidden while a muscle is isolated', () => {
    const layers = defaultLayers;
    expect(isContextShown('eye-left', layers, null)).toBe(true);
    expect(isContextShown('eye-left', { ...layers, superficial: false }, null)).toBe(false);
    expect(isContextShown('trachea', { ...layers, superficial: false }, null)).toBe(true);
    expect(isContextShown('trachea', { ...layers, deep: false }, null)).toBe(false);
    expect(isContextShown('sternohyoid-right', { ...layers, intermediate: false }, null)).toBe(false);
    // A clinic's own part counts as intermediate.
    expect(isContextShown('hyoglossus-left', { ...layers, intermediate: false }, null)).toBe(false);
    const selected = { muscleId: 'temporalis' as const, side: 'left' as const };
    expect(isContextShown('eye-left', { ...layers, isolate: true }, selected)).toBe(false);
    expect(useViewer.getState().hoveredContext).toBeNull();
  });
});

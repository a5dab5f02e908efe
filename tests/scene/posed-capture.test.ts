import { Group, SkinnedMesh, Vector3, type Object3D } from 'three';
import { describe, expect, it } from 'vitest';
import { distance } from '../../src/mapping/vec';
import { boneTransforms, NEUTRAL, posedPoint, stretchPose, stretches, type Pose } from '../../src/movement';
import { MARKER_DATA } from '../../src/scene/Marker';
import { createMaterials } from '../../src/scene/materials';
import { drawInPose } from '../../src/scene/posed-capture';
import { findRig, poseModel } from '../../src/scene/pose-skin';
import { prepareModel, type PreparedModel } from '../../src/scene/prepare-model';
import { skinnedRig } from './skinned-rig';
import { syntheticModel } from './synthetic-model';

const REST = boneTransforms(NEUTRAL);
const stretch = (id: string): Pose =>
  stretchPose(
    stretches.find((s) => s.id === id)!,
    'left',
  );
const skinned = (root: Object3D) => {
  let n = 0;
  root.traverse((o) => void (o instanceof SkinnedMesh && n++));
  return n;
};
const where = (o: Object3D) => o.getWorldPosition(new Vector3()).toArray() as [number, number, number];

/** The rig in a scene beside a marker, as the viewer holds them; the skin see-through, or opaque. */
function scene(posable = true, skin: 'ghosted' | 'opaque' = 'ghosted') {
  const { root, skull } = skinnedRig();
  const marker = new Group();
  marker.userData = { ...MARKER_DATA };
  const world = new Group().add(root, marker);
  const materials = createMaterials();
  materials.skin.transparent = skin === 'ghosted';
  const model = { root, posable, materials, skin: [{ mesh: { visible: true } }] } as unknown as PreparedModel;
  return { world, marker, skull, model };
}

/** Whether the parts under the skin are drawn (their materials shown), the skin's is. */
const drawn = (model: PreparedModel) => ({
  skin: model.materials.skin.visible,
  under: model.materials.all.filter((m) => m !== model.materials.skin).map((m) => m.visible),
});

describe('a picture of the head in a pose of its own', () => {
  it('draws in that pose without the markers, then leaves the live view at rest as it was', () => {
    const { world, marker, skull, model } = scene();
    const end = stretch('upper-trapezius');
    const seen = drawInPose(world, model, end, null, () => ({
      skull: where(skull),
      marker: marker.visible,
      skinned: skinned(world),
    }));
    expect(distance(seen.skull, posedPoint(boneTransforms(end), 'skull', [0, 0, 0]))).toBeLessThan(1e-6);
    expect(seen.marker).toBe(false);
    expect(seen.skinned).toBe(1);
    // Back at rest: no skinned mesh left, the bone home, the marker shown.
    expect(skinned(world)).toBe(0);
    expect(distance(where(skull), [0, 0, 0])).toBeLessThan(1e-9);
    expect(marker.visible).toBe(true);
  });

  it('puts a posed live view back in its own pose, also when drawing throws', () => {
    const { world, skull, model } = scene();
    const live = boneTransforms(stretch('levator-scapulae'));
    poseModel(findRig(model.root)!, model.root, live, REST);
    const livePlace = where(skull);
    const atRest = drawInPose(world, model, NEUTRAL, live, () => ({ skull: where(skull), skinned: skinned(world) }));
    expect(distance(atRest.skull, [0, 0, 0])).toBeLessThan(1e-9);
    expect(atRest.skinned).toBe(0);
    expect(distance(where(skull), livePlace)).toBeLessThan(1e-9);
    expect(skinned(world)).toBe(1);
    expect(() =>
      drawInPose(world, model, stretch('scalenes'), live, () => {
        throw new Error('lost context');
      }),
    ).toThrow('lost context');
    expect(distance(where(skull), livePlace)).toBeLessThan(1e-9);
  });

  it('draws a model that cannot pose at rest, and leaves a marker the view hid hidden', () => {
    const { world, marker, skull, model } = scene(false);
    marker.visible = false;
    const seen = drawInPose(world, model, stretch('upper-trapezius'), null, () => where(skull));
    expect(distance(seen, [0, 0, 0])).toBeLessThan(1e-9);
    expect(marker.visible).toBe(false);
    expect(skinned(world)).toBe(0);
  });
});

describe('a picture in a pose under an opaque skin', () => {
  const everything = { skin: true, under: Array<boolean>(8).fill(true) };
  const skinAlone = { skin: true, under: Array<boolean>(8).fill(false) };

  it('draws the posed head as its skin alone, then the parts under it again', () => {
    const { world, model } = scene(true, 'opaque');
    expect(drawn(model)).toEqual(everything);
    expect(drawInPose(world, model, stretch('sternocleidomastoid-sternal'), null, () => drawn(model))).toEqual(
      skinAlone,
    );
    expect(drawn(model)).toEqual(everything);
    // At rest the skin covers them: drawn as the layers say.
    expect(drawInPose(world, model, NEUTRAL, null, () => drawn(model))).toEqual(everything);
  });

  it('draws every part under a see-through skin, and the skin alone again for a posed live view', () => {
    const ghosted = scene(true, 'ghosted');
    expect(drawInPose(ghosted.world, ghosted.model, stretch('scalenes'), null, () => drawn(ghosted.model))).toEqual(
      everything,
    );
    const { world, model } = scene(true, 'opaque');
    const live = boneTransforms(stretch('levator-scapulae'));
    poseModel(findRig(model.root)!, model.root, live, REST);
    for (const m of model.materials.all) if (m !== model.materials.skin) m.visible = false;
    drawInPose(world, model, NEUTRAL, live, () => drawn(model));
    expect(drawn(model)).toEqual(skinAlone);
  });
});

describe('whether a loaded model can pose', () => {
  it('is known from its nodes: every joint of the skeleton, or none and no pose', () => {
    expect(prepareModel(skinnedRig().root).posable).toBe(true);
    expect(prepareModel(syntheticModel()).posable).toBe(false);
    const partial = skinnedRig().root;
    partial.getObjectByName('joint:mandible')!.name = 'jaw';
    expect(prepareModel(partial).posable).toBe(false);
  });
});

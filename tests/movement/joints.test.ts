import { describe, expect, it } from 'vitest';
import { levels } from '../../models/generator/spine';
import { boneNode, muscleNode } from '../../src/model-contract';
import { landmarks, pointMToMm, sides, type Vec3 } from '../../src/mapping';
import { distance, dot, length } from '../../src/mapping/vec';
import { girdles, jaw, joints, segmentJoints, spinalSegments } from '../../src/movement';
import { vertebralBody } from '../../src/movement/spine';
import { LOWER_INCISAL_EDGE, UPPER_INCISAL_EDGE, midlinePoint, tragus } from '../../src/movement/measure-points';
import { loadModel, type WorldMesh } from '../model/load-model';

/** The distance from a point to the nearest vertex of a mesh, mm. */
function nearestVertexMm(mesh: WorldMesh, p: Vec3): number {
  let best = Infinity;
  for (let i = 0; i < mesh.positions.length; i += 3) {
    const d = Math.hypot(mesh.positions[i]! - p[0], mesh.positions[i + 1]! - p[1], mesh.positions[i + 2]! - p[2]);
    if (d < best) best = d;
  }
  return best * 1000;
}

describe('the joints sit where the model has its bones', () => {
  it('places each vertebral body within about a millimetre of the generator’s spine', () => {
    for (const level of ['c2', 'c3', 'c4', 'c5', 'c6', 'c7', 't1'] as const) {
      const generated = levels.find((l) => l.name === level)!.body;
      expect(distance(pointMToMm(vertebralBody(level)), generated), level).toBeLessThan(1.5);
    }
  });

  it('has one segment from the occiput down to T1, each turning its vertebra on the one below', () => {
    expect(spinalSegments).toHaveLength(8);
    const chain = spinalSegments.map((s) => segmentJoints[s]);
    expect(chain[0]!.child).toBe('skull');
    expect(chain.at(-1)!.parent).toBe('thorax');
    for (let i = 1; i < chain.length; i++) expect(chain[i]!.child).toBe(chain[i - 1]!.parent);
    // Each centre lies lower than the one above it, down the column.
    for (let i = 1; i < chain.length; i++) expect(chain[i]!.centre[1]).toBeLessThan(chain[i - 1]!.centre[1]);
  });

  it('gives every segment three unit axes at right angles, signed by the conventions', () => {
    for (const j of Object.values(segmentJoints)) {
      const { flexion, sideBend, rotation } = j.axes;
      for (const a of [flexion, sideBend, rotation]) expect(length(a)).toBeCloseTo(1, 9);
      expect(dot(flexion, sideBend)).toBeCloseTo(0, 9);
      expect(dot(flexion, rotation)).toBeCloseTo(0, 9);
      expect(dot(sideBend, rotation)).toBeCloseTo(0, 9);
      expect(flexion[0]).toBe(1); // the left-right axis
      expect(rotation[1]).toBeGreaterThan(0.95); // the long axis, near vertical
      expect(sideBend[2]).toBeLessThan(-0.95); // front-back, pointing back: + bends to the left
    }
    // Below the axis the long axes lean forward with the column.
    expect(segmentJoints['c5-c6'].axes.rotation[2]).toBeGreaterThan(0.1);
  });

  it('turns each joint about a point in or on its bones in the model', async () => {
    const model = await loadModel();
    const bone = (name: string) => model.meshes.get(boneNode(name))!;
    const lower: Record<string, string> = {
      'c1-c2': 'c2-axis',
      'c2-c3': 'c3',
      'c3-c4': 'c4',
      'c4-c5': 'c5',
      'c5-c6': 'c6',
      'c6-c7': 'c7',
      'c7-t1': 't1',
    };
    // The head rocks on the atlas's two lateral masses, either side of the midline centre.
    const [x, y, z] = segmentJoints['occiput-c1'].centre;
    for (const dx of [-0.015, 0.015]) expect(nearestVertexMm(bone('c1-atlas'), [x + dx, y, z])).toBeLessThan(6);
    for (const s of spinalSegments.slice(1)) {
      expect(nearestVertexMm(bone(lower[s]!), segmentJoints[s].centre), s).toBeLessThan(9);
    }
    for (const side of sides) {
      expect(nearestVertexMm(bone('mandible'), jaw.condyles[side]), `condyle ${side}`).toBeLessThan(6);
      expect(nearestVertexMm(bone(`clavicle-${side}`), girdles[side].centre), `girdle ${side}`).toBeLessThan(8);
    }
  });

  it('measures from the model’s incisal edges and tragus', async () => {
    const model = await loadModel();
    expect(nearestVertexMm(model.meshes.get(boneNode('skull'))!, midlinePoint(UPPER_INCISAL_EDGE))).toBeLessThan(3);
    expect(nearestVertexMm(model.meshes.get(boneNode('mandible'))!, midlinePoint(LOWER_INCISAL_EDGE))).toBeLessThan(3);
    const skin = model.meshes.get('skin')!;
    for (const side of sides) expect(nearestVertexMm(skin, tragus(side)), side).toBeLessThan(4);
    // The measures' points are not landmarks: the model's landmark empties stay as they are.
    expect(model.empties.size).toBe(Object.keys(landmarks).length);
    expect(model.meshes.has(muscleNode('upper-trapezius', 'left'))).toBe(true);
  });

  it('lists every joint once', () => {
    expect(new Set(joints.map((j) => j.id)).size).toBe(joints.length);
    expect(joints).toHaveLength(11);
  });
});

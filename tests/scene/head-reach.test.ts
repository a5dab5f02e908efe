import { Box3, BufferAttribute, BufferGeometry, Mesh, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { headAndNeck, headAndNeckPoints, headReach } from '../../src/scene/head-reach';
import type { PreparedModel } from '../../src/scene/prepare-model';
import { NEUTRAL } from '../../src/movement';

/** Landmarks of a head 0.2 m wide, 0.3 m tall and 0.2 m deep about the origin (metres), and the shoulders below. */
const landmarks = new Map<string, Vector3>([
  ['vertex', new Vector3(0, 0.15, 0)],
  ['menton', new Vector3(0, -0.1, 0.1)],
  ['cervicale', new Vector3(0, -0.15, -0.1)],
  ['euryon-left', new Vector3(0.1, 0.05, 0)],
  ['euryon-right', new Vector3(-0.1, 0.05, 0)],
  ['gonion-left', new Vector3(0.05, -0.06, 0.01)],
  ['gonion-right', new Vector3(-0.05, -0.06, 0.01)],
  ['acromion-left', new Vector3(0.2, -0.14, -0.02)],
]);

function modelWithSkin(points: readonly [number, number, number][]): PreparedModel {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(new Float32Array(points.flat()), 3));
  return { landmarks, skin: [{ mesh: new Mesh(geometry) }], posable: false } as unknown as PreparedModel;
}

const all = new Box3(new Vector3(-1, -1, -1), new Vector3(1, 1, 1));

describe("the box a phone's close framing fits", () => {
  it('holds the head and neck landmarks, not the shoulder girdle', () => {
    const box = headAndNeck(headAndNeckPoints(modelWithSkin([])), all);
    expect(box.max.x).toBeCloseTo(0.1, 9);
    expect(box.min.y).toBeCloseTo(-0.15, 9);
  });

  it("reaches the nose's tip, the back of the head and the ears, not the shoulders or a stray vertex", () => {
    const model = modelWithSkin([
      [0, 0, 0.13], // the nose's tip, 30 mm in front of the landmarks
      [0, 0.05, -0.107], // the scalp behind
      [0.11, 0, -0.01], // an ear's rim
      [-0.112, 0, -0.01], // the other's
      [0.13, -0.12, -0.02], // the skin over a shoulder, below the angles of the jaw
      [0, 0, 0.5], // a stray vertex far in front
    ]);
    const box = headAndNeck(headAndNeckPoints(model), all);
    expect(box.max.z).toBeCloseTo(0.13, 6);
    expect(box.min.z).toBeCloseTo(-0.107, 6);
    expect(box.max.x).toBeCloseTo(0.11, 6);
    expect(box.min.x).toBeCloseTo(-0.112, 6);
  });

  it('frames a model with too few landmarks on all of it, and the head at rest as the rest box', () => {
    const few = {
      landmarks: new Map([['vertex', new Vector3()]]),
      skin: [],
      posable: false,
    } as unknown as PreparedModel;
    expect(headAndNeck(headAndNeckPoints(few), all)).toEqual(all);
    const model = modelWithSkin([]);
    const points = headAndNeckPoints(model);
    const head = headAndNeck(points, all);
    expect(headReach(model, points, head)([NEUTRAL])).toBe(head);
  });
});

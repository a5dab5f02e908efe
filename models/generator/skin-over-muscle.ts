import { Triangle, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import type { NamedMesh } from './gltf';
import { smoothWeights, type BodyWeights } from './joint-weights';
import { tree } from './soft-tissue-weights';

/**
 * The skin over a muscle moves with it. The soft-tissue field weights the skin by the bones
 * nearest it, but the neck's skin lies far from every bone and close over its muscles, which ride
 * their own attachments: in a full turn the upper trapezius came up to 14 mm out through the
 * posed skin, and in the open mouth the SCM 14 mm below the angle of the jaw (33,284 muscle
 * vertices outside the posed skin over all poses). So where the skin lies within `FOLLOW_FULLY_MM`
 * of a muscle it takes that muscle's weights at the nearest point of its surface, fading back to
 * the field's by `FOLLOW_UP_TO_MM` (smoothstep), and the skin's weights are then evened out over
 * `FOLLOW_SMOOTHING_PASSES` more, which smooths the steps where the nearest muscle changes.
 * Muscle vertices outside the posed skin over all poses 33,284 -> 22,140; the skin's triangles
 * turned over and past twice their area 1,491 and 1,077 -> 1,235 and 841. Fewer passes left the
 * steps (20: 4,039 and 2,330); more spread the field's weights and let muscle out again (120:
 * 28,635 vertices out); following fully to 8 mm and up to 16 let out less (17,763) but folded
 * more (1,724 and 920); following the context parts as well changed neither.
 * The platysma is left out: it lies in the skin's own layer and rides the jaw high in the neck,
 * and the skin following it swung with the open mouth.
 */
const FOLLOW_FULLY_MM = 4;
const FOLLOW_UP_TO_MM = 12;
const FOLLOW_SMOOTHING_PASSES = 80;
const LEFT_OUT = /^muscle:platysma:/;

/** The muscles' surfaces in one tree, and the weights of each of its vertices. */
function muscleTree(muscles: readonly { named: NamedMesh; weights: readonly BodyWeights[] }[]): {
  surfaces: MeshBVH;
  positions: ArrayLike<number>;
  index: ArrayLike<number>;
  weightsOf: (vertex: number) => BodyWeights;
} {
  const surfaces = tree(muscles.map((m) => m.named));
  const owner = muscles.flatMap((m) => m.weights);
  // The tree reorders the index in place; a hit's face counts triangles of that order.
  return {
    surfaces,
    positions: surfaces.geometry.getAttribute('position').array,
    index: surfaces.geometry.index!.array,
    weightsOf: (i) => owner[i]!,
  };
}

/** The skin's weights with those of the muscles under it (`muscles`: their own weights, by body). */
export function skinOverMuscle(
  skin: NamedMesh,
  field: readonly BodyWeights[],
  muscles: readonly { named: NamedMesh; weights: readonly BodyWeights[] }[],
): BodyWeights[] {
  const { surfaces, positions, index, weightsOf } = muscleTree(muscles.filter((m) => !LEFT_OUT.test(m.named.name)));
  const hit = { point: new Vector3(), distance: 0, faceIndex: 0 };
  const [p, a, b, c, barycentric] = [new Vector3(), new Vector3(), new Vector3(), new Vector3(), new Vector3()];
  const triangle = new Triangle(a, b, c);
  const at = skin.mesh.positions;
  const followed = field.map((own, i) => {
    p.set(at[i * 3]!, at[i * 3 + 1]!, at[i * 3 + 2]!);
    if (!surfaces.closestPointToPoint(p, hit, 0, FOLLOW_UP_TO_MM)) return own;
    const x = Math.min(1, Math.max(0, (hit.distance - FOLLOW_FULLY_MM) / (FOLLOW_UP_TO_MM - FOLLOW_FULLY_MM)));
    const share = 1 - x * x * (3 - 2 * x);
    const corners = [0, 1, 2].map((k) => index[hit.faceIndex * 3 + k]!);
    [a, b, c].forEach((corner, k) => corner.fromArray(positions, corners[k]! * 3));
    triangle.getBarycoord(hit.point, barycentric);
    const out: BodyWeights = new Map();
    for (const [body, w] of own) out.set(body, (1 - share) * w);
    corners.forEach((corner, k) => {
      const part = share * barycentric.getComponent(k);
      for (const [body, w] of weightsOf(corner)) out.set(body, (out.get(body) ?? 0) + part * w);
    });
    return out;
  });
  return smoothWeights(followed, skin.mesh.indices, FOLLOW_SMOOTHING_PASSES);
}

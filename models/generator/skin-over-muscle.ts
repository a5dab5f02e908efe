import { Triangle, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import type { NamedMesh } from './gltf';
import { blendWeights, smoothWeights, type BodyWeights } from './joint-weights';
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
 * and the skin following it swung with the open mouth. The other way round, the platysma taking
 * the skin's final weights at its nearest point (it is a muscle of the skin), kept it under the
 * posed skin (muscle outside it over all poses 17,028 -> 10,305 vertices) but turned 296-339 of
 * its triangles a side over across the poses (from 15) and took its insertion 6.5 mm into the
 * mandible as the head bent forward; keeping its own weights within 3-10 mm of the mandible and
 * the clavicle, or 2-15 mm of the mandible, turned over 1,150-1,250 a side in the seam.
 */
const FOLLOW_FULLY_MM = 4;
const FOLLOW_UP_TO_MM = 12;
const FOLLOW_SMOOTHING_PASSES = 80;
const LEFT_OUT = /^muscle:platysma:/;
/**
 * The skin over these muscles takes their weights again once it has been evened out, and is then
 * evened out over `HELD_SMOOTHING_PASSES` more (the whole skin). The skin lies on the upper
 * trapezius at the back and side of the neck and moves with it; but evened out, the skin over its
 * lateral border took up to 0.3-0.5 of the head (skull and mandible, from the skin over the
 * mastoid and the SCM in front) where the muscle rides C3-C5: in a full turn that skin blended an
 * 80-degree turn with a 15-30-degree one and, on the chord between them, came 6-8 mm nearer the
 * neck's axis while the muscle kept its distance (65 -> 56 mm against 61 -> 60 at C4's height),
 * and the border showed through it up to 11.5 mm (641 vertices; 661 in the SCM's sternal stretch).
 * Raising the muscle's levels instead, so it turned with the skin, only moved the skin with it
 * (the skin follows the muscle) and passed its triangles past twice their area (70 -> 185-1,332
 * over all poses, a side). Muscle outside the posed skin over all poses 21,657 -> 20,112 vertices,
 * the skin's and muscles' triangles turned over and past twice 2,719 and 2,844 -> 2,464 and 2,769
 * (with the airway on the column and the jaw pushing the SCM: 20,318 -> 19,203, 2,453 and 2,731
 * -> 2,327 and 2,678; the SCM's sternal head, which the skin over it now follows less, shows more
 * in a full turn and the open mouth) (10 more passes: 17,332 vertices out, 2,753 and 3,261; 20:
 * 18,758, 2,527 and 2,893). Taking the weights of every muscle again let out 9,643 but turned
 * over 6,126 and doubled 5,323; evening out only the skin within 12 mm of the trapezius, 18,775
 * and 2,784 and 3,116. Holding the skin over the SCM's sternal head as well (measured on the model
 * at 17,028 vertices out, the skin's own triangles 753 and 655): 13,735 out, but the skin turned
 * 1,327 over and passed 1,417 past twice (all poses 2,469 and 3,013); held at 0.4 of its share,
 * 15,084 out and 907 and 886 (2,049 and 2,482).
 */
const HELD_BY = /^muscle:upper-trapezius:/;
const HELD_SMOOTHING_PASSES = 30;

/** The muscles' surfaces in one tree, and the weights of each of its vertices and whether its muscle holds the skin. */
function muscleTree(muscles: readonly { named: NamedMesh; weights: readonly BodyWeights[] }[]): {
  surfaces: MeshBVH;
  positions: ArrayLike<number>;
  index: ArrayLike<number>;
  weightsOf: (vertex: number) => BodyWeights;
  holds: (vertex: number) => boolean;
} {
  const surfaces = tree(muscles.map((m) => m.named));
  const owner = muscles.flatMap((m) => m.weights);
  const held = muscles.flatMap((m) => m.weights.map(() => HELD_BY.test(m.named.name)));
  // The tree reorders the index in place; a hit's face counts triangles of that order.
  return {
    surfaces,
    positions: surfaces.geometry.getAttribute('position').array,
    index: surfaces.geometry.index!.array,
    weightsOf: (i) => owner[i]!,
    holds: (i) => held[i]!,
  };
}

/** The skin's weights with those of the muscles under it (`muscles`: their own weights, by body). */
export function skinOverMuscle(
  skin: NamedMesh,
  field: readonly BodyWeights[],
  muscles: readonly { named: NamedMesh; weights: readonly BodyWeights[] }[],
): BodyWeights[] {
  const { surfaces, positions, index, weightsOf, holds } = muscleTree(
    muscles.filter((m) => !LEFT_OUT.test(m.named.name)),
  );
  const hit = { point: new Vector3(), distance: 0, faceIndex: 0 };
  const [p, a, b, c, barycentric] = [new Vector3(), new Vector3(), new Vector3(), new Vector3(), new Vector3()];
  const triangle = new Triangle(a, b, c);
  const at = skin.mesh.positions;
  // Per skin vertex: the share it takes of the muscle nearest it, that muscle's weights there, and whether that
  // muscle holds the skin.
  const under = field.map((_, i) => {
    p.set(at[i * 3]!, at[i * 3 + 1]!, at[i * 3 + 2]!);
    if (!surfaces.closestPointToPoint(p, hit, 0, FOLLOW_UP_TO_MM)) return null;
    const x = Math.min(1, Math.max(0, (hit.distance - FOLLOW_FULLY_MM) / (FOLLOW_UP_TO_MM - FOLLOW_FULLY_MM)));
    const corners = [0, 1, 2].map((k) => index[hit.faceIndex * 3 + k]!);
    [a, b, c].forEach((corner, k) => corner.fromArray(positions, corners[k]! * 3));
    triangle.getBarycoord(hit.point, barycentric);
    const muscle: BodyWeights = new Map();
    corners.forEach((corner, k) => {
      for (const [body, w] of weightsOf(corner))
        muscle.set(body, (muscle.get(body) ?? 0) + barycentric.getComponent(k) * w);
    });
    return { share: 1 - x * x * (3 - 2 * x), muscle, holds: holds(corners[0]!) };
  });
  const followed = field.map((own, i) => (under[i] ? blendWeights(own, under[i].muscle, under[i].share) : own));
  const evened = smoothWeights(followed, skin.mesh.indices, FOLLOW_SMOOTHING_PASSES);
  const held = evened.map((own, i) => (under[i]?.holds ? blendWeights(own, under[i].muscle, under[i].share) : own));
  return smoothWeights(held, skin.mesh.indices, HELD_SMOOTHING_PASSES);
}

import { contextNode, contextParts } from '../../../src/model-contract';
import type { NamedMesh } from '../gltf';
import type { Vec3 } from '../../../src/mapping/vec';
import { meshShape } from '../mesh';
import { slabMesh } from '../muscle-solid';
import type { BonePart } from '../bones';
import { union, type Sdf, type Shape } from '../sdf';
import {
  depressorAnguliOris,
  eye,
  levatorLabiiSuperioris,
  nasalCartilages,
  nasalis,
  orbicularisOris,
  risorius,
} from './face';
import { mylohyoid, omohyoid, sternohyoid, sternothyroid, thyrohyoid } from './infrahyoid';
import { cricoidCartilage, thyroidCartilage, trachea } from './larynx';
import { galeaAponeurotica } from './galea';
import { thyrohyoidMembrane, thyroidGland } from './neck-front';
import { fitted, type Sheet } from './parts';

/** A part meshed as a level set of its shape, or (a sheet) directly as a slab of its grid. */
type ContextPart =
  | {
      readonly name: string;
      readonly shape: Shape;
      /** Level-set grid edge, mm: thin sheets need a fine grid. */
      readonly edgeMm: number;
    }
  | { readonly name: string; readonly sheet: Sheet };

/** Each part with its left and right, in the contract's order (left first). */
function paired(name: string, make: (s: 1 | -1) => Shape, edgeMm: number): ContextPart[] {
  return [
    { name: `${name}-left`, shape: make(1), edgeMm },
    { name: `${name}-right`, shape: make(-1), edgeMm },
  ];
}

/** Each sheet with its left and right, in the contract's order (left first). */
function pairedSheets(name: string, make: (s: 1 | -1) => Sheet): ContextPart[] {
  return [
    { name: `${name}-left`, sheet: make(1) },
    { name: `${name}-right`, sheet: make(-1) },
  ];
}

function parts(skin: Shape): ContextPart[] {
  const thyroid = thyroidCartilage();
  const cricoid = cricoidCartilage();
  const airway = trachea();
  const bed = union([thyroid, cricoid, airway]);
  return [
    { name: 'thyroid-cartilage', shape: thyroid, edgeMm: 0.9 },
    { name: 'cricoid-cartilage', shape: cricoid, edgeMm: 1 },
    { name: 'trachea', shape: airway, edgeMm: 1.2 },
    { name: 'thyrohyoid-membrane', shape: thyrohyoidMembrane(), edgeMm: 1 },
    { name: 'thyroid-gland', shape: thyroidGland(airway), edgeMm: 1.6 },
    { name: 'mylohyoid', shape: mylohyoid(), edgeMm: 0.9 },
    ...paired('thyrohyoid', (s) => thyrohyoid(bed, s), 0.9),
    ...paired('sternothyroid', (s) => sternothyroid(bed, s), 0.9),
    ...paired('sternohyoid', (s) => sternohyoid(bed, s), 0.9),
    ...paired('omohyoid', (s) => omohyoid(bed, s), 0.9),
    ...paired('eye', eye, 1.2),
    { name: 'orbicularis-oris', sheet: orbicularisOris(skin) },
    ...pairedSheets('levator-labii-superioris', (s) => levatorLabiiSuperioris(skin, s)),
    ...pairedSheets('depressor-anguli-oris', (s) => depressorAnguliOris(skin, s)),
    ...pairedSheets('risorius', (s) => risorius(skin, s)),
    ...pairedSheets('nasalis', (s) => nasalis(skin, s)),
    { name: 'nasal-cartilages', shape: nasalCartilages(), edgeMm: 1 },
  ];
}

/**
 * The context parts (larynx, trachea, thyrohyoid membrane, thyroid gland, strap muscles, floor
 * of the mouth, eyes, muscles of the mouth and nose) as meshes, each kept 1.5 mm under the skin
 * and off the bones, so none shows through the skin or runs through a bone. `skin` is the skin without the ears.
 */
export function contextMeshes(
  bones: readonly BonePart[],
  skin: Shape,
  log: (s: string) => void = () => {},
): NamedMesh[] {
  const built = parts(skin);
  const names = [...built.map((p) => p.name), GALEA].join(', ');
  if (names !== contextParts.join(', '))
    throw new Error(`Context parts built (${names}) differ from the contract's (${contextParts.join(', ')})`);
  const meshes: NamedMesh[] = built.map((p) => {
    const t0 = Date.now();
    const mesh =
      'sheet' in p
        ? slabMesh(p.sheet, { bone: nearBones(around(p.sheet.nodes), bones).f, skin: skin.f })
        : meshShape(fitted(p.shape, skin, nearBones(p.shape, bones)), p.edgeMm, SIMPLIFY_MM);
    log(`${contextNode(p.name)} ${Date.now() - t0} ms`);
    return { name: contextNode(p.name), tissue: 'context', mesh };
  });
  // A sheet under the whole vault: laid under the skin like the muscle sheets, not a level set.
  const vault = union(bones.filter((b) => b.name === 'skull').map((b) => b.shape));
  meshes.push({ name: contextNode(GALEA), tissue: 'context', mesh: galeaAponeurotica(skin.f, vault.f) });
  return meshes;
}

const GALEA = 'galea-aponeurotica';

/**
 * The context muscles the muscles are laid against as against the muscles laid before them: the
 * mylohyoid, the floor of the mouth, on whose inferior face the anterior belly of the digastric
 * lies and under which the intermediate tendon runs to its sling on the hyoid. Laid without it,
 * both bellies' ends ran 0.9-1.2 mm into it at the hyoid, on 4.4-4.5 % of their vertices (with
 * it, 0.1 mm), and the platysma 0.3 mm. The straps below the hyoid are left out: no muscle
 * reached into them. The shape's own field, unfitted: the meshed part
 * lies inside it (kept within the skin and off the bones). Far from the floor its bounding sphere
 * answers, cheaply: every point of every muscle asks.
 */
export function contextMuscleBed(): Sdf {
  const floor = mylohyoid();
  const [cx, cy, cz] = floor.c;
  return (x, y, z) => {
    const far = Math.hypot(x - cx, y - cy, z - cz) - floor.r;
    return far > FAR_MM ? far : floor.f(x, y, z);
  };
}

/**
 * Beyond this distance from its bounding sphere a context part's field is not worked out, mm: a
 * muscle asks its bed at most 13 mm out (a thick belly's half and its reach down onto the bed).
 */
const FAR_MM = 20;

/**
 * How far simplification may move a context part's surface, mm: these are plain cartilages,
 * tubes, glands and straps drawn in one grey, and 0.3 (0.2 before) takes a third of their
 * triangles (43,000 to 28,000; about 80 kB of the model's 3 MB budget). At 0.35 the quantized
 * positions left two triangles of a strap degenerate.
 */
const SIMPLIFY_MM = 0.3;

/** Where a part lies: the centre and radius of a sphere round it. */
type Bounds = Pick<Shape, 'c' | 'r'>;

/** A sphere round points (a sheet's nodes). */
function around(points: readonly Vec3[]): Bounds {
  const c = [0, 1, 2].map((k) => points.reduce((sum, p) => sum + p[k]!, 0) / points.length) as unknown as Vec3;
  const r = Math.max(...points.map((p) => Math.hypot(p[0] - c[0], p[1] - c[1], p[2] - c[2]))) + 3;
  return { c, r };
}

/**
 * The bones whose box reaches the part's bounding sphere: the skull's distance is costly and a
 * strap in the neck never comes near it.
 */
function nearBones(part: Bounds, bones: readonly BonePart[]): Shape {
  const near = bones.filter(({ shape, box }) => {
    const min = box?.min ?? shape.c.map((v) => v - shape.r);
    const max = box?.max ?? shape.c.map((v) => v + shape.r);
    return [0, 1, 2].every((k) => part.c[k]! + part.r + 2 >= min[k]! && part.c[k]! - part.r - 2 <= max[k]!);
  });
  return near.length ? union(near.map((b) => b.shape)) : { c: part.c, r: 0, f: () => 1e3 };
}

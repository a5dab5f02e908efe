import { lateralSign, sides } from '../../src/mapping/side';
import { clavicleShape, firstRib, hyoidShape, manubriumShape, scapulaShape, secondRib } from './girdle';
import { mandibleShape } from './mandible';
import type { Sizing } from './bone-remesh';
import type { Bar } from './bone-sweep';
import type { Box } from './mesh';
import type { Shape } from './sdf';
import { skullShape } from './skull';
import { atlasShape, levels, vertebraShape } from './spine';

export interface BonePart {
  /** Node name after `bone:`. */
  readonly name: string;
  readonly shape: Shape;
  /** Level-set grid edge, mm: finer for small bones with fine processes. */
  readonly edgeMm: number;
  /** Where to look for it, when its bounding sphere is much looser than the bone. */
  readonly box?: Box;
  /** Rounds of crease refinement (see bone-mesh.ts), one unless given. */
  readonly refine?: number;
  /** Longer edges where the bone is plain (see bone-remesh.ts). */
  readonly coarsen?: Sizing;
  /** A bar-shaped bone, meshed as a sweep along it instead (see bone-sweep.ts). */
  readonly bar?: Bar;
}

/**
 * The vault is nearly flat over most of its area: edges there may be up to 7 mm and still meet at
 * under 20 degrees (0.6 radians of bend per edge), which pays for finer ribs and thoracic spines.
 */
const VAULT: Sizing = { bend: 0.6, minEdge: 1, maxEdge: 7 };

/** The scapula's fossae are as plain: long edges there, fine ones on its borders and processes. */
const BLADE: Sizing = { bend: 0.6, minEdge: 1, maxEdge: 8 };

/** The clavicle's shaft is as plain along its length: long edges there, fine ones round its ends. */
const SHAFT: Sizing = { bend: 0.6, minEdge: 1, maxEdge: 6 };

export function boneParts(): BonePart[] {
  const parts: BonePart[] = [
    {
      name: 'skull',
      shape: skullShape(),
      edgeMm: 3.0,
      box: { min: [-84, -72, -108], max: [84, 136, 128] },
      coarsen: VAULT,
      refine: 0,
    },
    { name: 'mandible', shape: mandibleShape(), edgeMm: 2.6, box: { min: [-64, -104, -4], max: [64, 0, 100] } },
    { name: 'c1-atlas', shape: atlasShape(), edgeMm: 2.1 },
    ...levels.map((l) => ({
      name: l.name === 'c2' ? 'c2-axis' : l.name,
      shape: vertebraShape(l),
      // Thoracic vertebrae are larger and plainer than cervical ones: a coarser grid, refined on the
      // rims of their laminae, spines and transverse processes (2 mm radius), twice for T1-T3 at
      // the root of the neck, once below, where the triangle budget runs out.
      edgeMm: l.name.startsWith('t') ? 3.8 : 2.2,
      refine: ['t1', 't2', 't3'].includes(l.name) ? 2 : 1,
    })),
    // A small bone of tight curves (body, greater horns, lesser horns): a 1.5-mm grid refined once
    // left 5.8 % of its edges bent over 20 degrees (3,388 triangles); a 2-mm grid refined twice on
    // its creases, 1.5 % (3,964), the volume the same (1.70 cm3).
    { name: 'hyoid', shape: hyoidShape(), edgeMm: 2.0, refine: 2 },
    { name: 'manubrium', shape: manubriumShape(), edgeMm: 3.0 },
  ];
  for (const side of sides) {
    const s = lateralSign(side);
    parts.push({ name: `clavicle-${side}`, shape: clavicleShape(s), edgeMm: 2.5, coarsen: SHAFT });
    // The scapula's body is a plate under 3 mm thick: a grid as coarse as that leaves it perforated
    // wherever no grid node falls inside it. A finer grid holds it closed, and its flat fossae
    // take long edges (as the vault does), which keeps it within the triangle budget.
    parts.push({ name: `scapula-${side}`, shape: scapulaShape(s), edgeMm: 2.4, coarsen: BLADE });
    // A rib is a flat bar whose edges are rounded over its half-thickness: swept (see bone-sweep.ts).
    for (const [name, rib] of [
      ['first-rib', firstRib(s)],
      ['second-rib', secondRib(s)],
    ] as const)
      parts.push({ name: `${name}-${side}`, shape: rib.shape, bar: rib.bar, edgeMm: 3.2 });
  }
  return parts;
}

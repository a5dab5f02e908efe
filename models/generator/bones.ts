import { lateralSign, sides } from '../../src/mapping/side';
import { clavicleShape, firstRibShape, hyoidShape, manubriumShape, scapulaShape, secondRibShape } from './girdle';
import { mandibleShape } from './mandible';
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
}

export function boneParts(): BonePart[] {
  const parts: BonePart[] = [
    { name: 'skull', shape: skullShape(), edgeMm: 3.0, box: { min: [-84, -72, -108], max: [84, 136, 128] } },
    { name: 'mandible', shape: mandibleShape(), edgeMm: 2.6, box: { min: [-64, -104, -4], max: [64, 0, 100] } },
    { name: 'c1-atlas', shape: atlasShape(), edgeMm: 2.1 },
    ...levels.map((l) => ({
      name: l.name === 'c2' ? 'c2-axis' : l.name,
      shape: vertebraShape(l),
      // Thoracic vertebrae are larger and plainer than cervical ones: coarser, and no crease refinement
      // (the model's triangle budget goes to the cervical spine the viewer is about).
      edgeMm: l.name.startsWith('t') ? 3.2 : 2.2,
      refine: l.name.startsWith('t') ? 0 : 1,
    })),
    { name: 'hyoid', shape: hyoidShape(), edgeMm: 1.5 },
    { name: 'manubrium', shape: manubriumShape(), edgeMm: 3.0 },
  ];
  for (const side of sides) {
    const s = lateralSign(side);
    parts.push({ name: `clavicle-${side}`, shape: clavicleShape(s), edgeMm: 2.5, refine: 0 });
    parts.push({ name: `scapula-${side}`, shape: scapulaShape(s), edgeMm: 3.2 });
    parts.push({ name: `first-rib-${side}`, shape: firstRibShape(s), edgeMm: 3.0, refine: 0 });
    parts.push({ name: `second-rib-${side}`, shape: secondRibShape(s), edgeMm: 3.2, refine: 0 });
  }
  return parts;
}

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
}

export function boneParts(): BonePart[] {
  const parts: BonePart[] = [
    { name: 'skull', shape: skullShape(), edgeMm: 1.8, box: { min: [-84, -72, -108], max: [84, 136, 128] } },
    { name: 'mandible', shape: mandibleShape(), edgeMm: 1.4, box: { min: [-64, -104, -4], max: [64, 0, 100] } },
    { name: 'c1-atlas', shape: atlasShape(), edgeMm: 1.1 },
    ...levels.map((l) => ({
      name: l.name === 'c2' ? 'c2-axis' : l.name,
      shape: vertebraShape(l),
      edgeMm: 1.2,
    })),
    { name: 'hyoid', shape: hyoidShape(), edgeMm: 0.9 },
    { name: 'manubrium', shape: manubriumShape(), edgeMm: 1.6 },
  ];
  for (const side of sides) {
    const s = lateralSign(side);
    parts.push({ name: `clavicle-${side}`, shape: clavicleShape(s), edgeMm: 1.6 });
    parts.push({ name: `scapula-${side}`, shape: scapulaShape(s), edgeMm: 1.6 });
    parts.push({ name: `first-rib-${side}`, shape: firstRibShape(s), edgeMm: 1.4 });
    parts.push({ name: `second-rib-${side}`, shape: secondRibShape(s), edgeMm: 1.5 });
  }
  return parts;
}

import { describe, expect, it } from 'vitest';
import {
  acceptableMuscles,
  getGuideRegion,
  describeMuscle,
  getMuscle,
  guideForPainRegion,
  musclesForRegion,
  musclesReferringTo,
  resolveAnchor,
  type Anchor,
  type MuscleId,
} from '../../src/mapping';

/**
 * The muscles the review found missing answer the places their literature gives: the throat and
 * front of the neck the longus colli (and capitis), behind the eye the superior oblique, the high
 * neck beside the spine and the mastoid the lower trapezius. A patient points, or names a place.
 */
const spot = (anchor: Anchor) => resolveAnchor(anchor, 'left');
const at = (anchor: Anchor): MuscleId[] => musclesReferringTo(spot(anchor)).map((c) => c.muscleId);
const inPlace = (regionId: string): MuscleId[] =>
  musclesForRegion(regionId, 'left')
    .filter((c) => c.share >= 0.25)
    .map((c) => c.muscleId);

describe('the muscles added from the review', () => {
  it('the front of the neck beside the windpipe answers the longus colli and capitis', () => {
    const throat = { landmark: 'hyoid', toward: 'jugular-notch', t: 0.45, offsetMm: [10, 0, 0] } as const;
    expect(at(throat)).toContain('longus-colli');
    expect(at({ landmark: 'hyoid', offsetMm: [12, -6, -6] })).toContain('longus-capitis');
    expect(inPlace('throat')).toContain('longus-colli');
  });

  it('behind the eye answers the superior oblique, and the forehead above the brow as spillover', () => {
    const behind = musclesReferringTo(spot({ landmark: 'orbitale', toward: 'supraorbitale', t: 0.5 }));
    expect(behind.find((c) => c.muscleId === 'superior-oblique')?.level).toBe('essential');
    const brow = musclesReferringTo(spot({ landmark: 'supraorbitale', offsetMm: [-6, 10, 0] }));
    expect(brow.find((c) => c.muscleId === 'superior-oblique')?.level).toBe('spillover');
    expect(inPlace('behind-the-eye')).toContain('superior-oblique');
  });

  it('the mastoid, the high neck beside the spine and the acromion answer the lower trapezius', () => {
    expect(at({ landmark: 'mastoidale', offsetMm: [0, 4, -10] })).toContain('lower-trapezius');
    expect(at({ landmark: 'inion', toward: 'cervicale', t: 0.35, offsetMm: [17, 0, 0] })).toContain('lower-trapezius');
    expect(at({ landmark: 'acromion', offsetMm: [-12, 6, 0] })).toContain('lower-trapezius');
    expect(inPlace('base-of-the-skull')).toContain('lower-trapezius');
    expect(inPlace('behind-the-ear')).toContain('lower-trapezius');
  });

  it('none of them answers far from its pattern: the jaw, the temple, the back of the head', () => {
    for (const id of ['longus-colli', 'longus-capitis', 'superior-oblique', 'lower-trapezius'] as const) {
      expect(at({ landmark: 'gonion' }), id).not.toContain(id);
      expect(at({ landmark: 'pterion' }), id).not.toContain(id);
      expect(at({ landmark: 'opisthocranion' }), id).not.toContain(id);
    }
  });

  it('the pain guide names them where it lists them, and says where they come from outside it', () => {
    expect(getGuideRegion('throat')!.listed.some((l) => l.muscleIds.includes('longus-colli'))).toBe(true);
    for (const id of ['base-of-skull', 'behind-the-ear', 'back-of-neck'])
      expect(
        getGuideRegion(id)!.listed.some((l) => l.muscleIds.includes('lower-trapezius')),
        id,
      ).toBe(true);
    const eye = guideForPainRegion('behind-the-eye')!;
    expect(eye.listed.some((l) => l.muscleIds.includes('superior-oblique'))).toBe(false);
    expect(acceptableMuscles(eye).has('superior-oblique')).toBe(true);
    expect(eye.outsideGuide?.find((o) => o.muscleId === 'superior-oblique')?.why).toMatch(/series/);
  });

  it('mark what is recalled rather than checked, and cite the trochlear studies for the superior oblique', () => {
    expect(getMuscle('longus-colli')!.triggerPoints.every((t) => t.zones.every((z) => z.uncertain))).toBe(true);
    expect(getMuscle('longus-capitis')!.uncertain).toBe(true);
    expect(getMuscle('superior-oblique')!.sources).toEqual(expect.arrayContaining(['FdlP-H2005', 'FdlP-CJP2006']));
    expect(describeMuscle(getMuscle('lower-trapezius')!).triggerPoints[0]!.location).toMatch(/model ends at about T6/);
  });
});

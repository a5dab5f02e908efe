import type { MuscleId } from '../mapping';
import type { Bone, ShoulderGirdle } from './bones';

/**
 * Which bone carries each attachment point of `src/mapping/attachments.ts`: one bone for a whole
 * line, or one per point, in the line's order. The same points, so a corrected attachment moves
 * here too; this table adds only the anatomy of which bone (or soft tissue) each lies on.
 * `shoulder-girdle` is the girdle of the muscle's own side. Soft tissue between two bones is
 * carried by both, `t` of the way from the first to the second: the corner of the mouth
 * (modiolus) between the upper and lower jaw, the pterygomandibular raphe likewise.
 * The hyoid is a body of its own (`hyoid.ts`): it rides C3 and most of the motion of the
 * segments above it, and follows the chin part of the way as the mouth opens.
 */
export type Carrier = Exclude<Bone, ShoulderGirdle> | 'shoulder-girdle' | Blend;

export interface Blend {
  readonly between: readonly [Carrier, Carrier];
  readonly t: number;
}

export type LineCarrier = Carrier | readonly Carrier[];

export interface AttachmentBones {
  readonly origin: LineCarrier;
  readonly insertion: LineCarrier;
  readonly via?: LineCarrier;
  /**
   * Where a long muscle's belly lies against the neck, as fractions of each fibre's rest path: the
   * point there rides with the vertebra at its height, so in a turned or bent neck the path bends
   * round the neck instead of cutting through it (see `muscle-length.ts`).
   */
  readonly belly?: readonly number[];
}

const MOUTH: Blend = { between: ['skull', 'mandible'], t: 0.5 };
const skullToSkull: AttachmentBones = { origin: 'skull', insertion: 'skull' };
const skullToJaw: AttachmentBones = { origin: 'skull', insertion: 'mandible' };

export const attachmentBones: Readonly<Record<MuscleId, AttachmentBones>> = {
  // Suboccipital triangle: atlas and axis to the occiput, and the axis's spine to the atlas's
  // transverse process (the inferior oblique turns the atlas on the axis).
  'rectus-capitis-posterior-minor': { origin: 'c1', insertion: 'skull' },
  'rectus-capitis-posterior-major': { origin: 'c2', insertion: 'skull' },
  'obliquus-capitis-superior': { origin: 'c1', insertion: 'skull' },
  'obliquus-capitis-inferior': { origin: 'c2', insertion: 'c1' },
  // Transverse processes of C4, C6, T1 and T4 to the spines of C2 to C5.
  'semispinalis-cervicis-multifidi': { origin: ['c4', 'c6', 'thorax', 'thorax'], insertion: ['c2', 'c3', 'c4', 'c5'] },
  // Upper thoracic bodies to the anterior tubercle of the atlas, along the fronts of C5 and C2.
  'longus-colli': { origin: 'thorax', insertion: 'c1', via: ['c5', 'c2'] },
  // Anterior tubercles at C5 to the basiocciput, past C3.
  'longus-capitis': { origin: 'c5', insertion: 'skull', via: 'c3' },
  'superior-oblique': { ...skullToSkull, via: 'skull' },
  'lateral-pterygoid': skullToJaw,
  'medial-pterygoid': skullToJaw,
  // Transverse processes of T6, T3 and C7 and the articular process of C4, to the occiput.
  'semispinalis-capitis': { origin: ['thorax', 'thorax', 'c7', 'c4'], insertion: 'skull' },
  // Anterior tubercles of C3 and C6 (middle: C2 and C7 posterior tubercles) to the first rib.
  'scalene-anterior': { origin: ['c3', 'c6'], insertion: 'thorax' },
  'scalene-middle': { origin: ['c2', 'c7'], insertion: 'thorax' },
  'scalene-posterior': { origin: ['c4', 'c6'], insertion: 'thorax', via: 'thorax' },
  // The belly passes medial to the angle of the mandible, held by neither bone.
  'digastric-posterior': { origin: 'skull', insertion: 'hyoid', via: { between: ['skull', 'hyoid'], t: 0.5 } },
  // Maxilla, pterygomandibular raphe and mandible, to the upper lip, the modiolus and the lower lip.
  // Its fibres converge on the modiolus, the knot at the corner of the mouth that the opening
  // carries down about half as far as the lower lip; the lips' ends beside it (5 mm above and
  // below) go nearly with it, the lower more with the jaw. Carried a quarter and three quarters
  // with the jaw, the 10-mm insertion line opened to three times its height as the mouth opened,
  // and the buccinator's triangles there grew past twice their area: 230 a side in the open
  // mouth, 117-128 in the masseter and medial pterygoid stretches; at 0.45 and 0.75, 123 and
  // 64-74 (the deepest vertex in the mandible unchanged; 0.4 and 0.6 took it 2.6 -> 3.0 mm in the
  // masseter stretch: the sheet's lower half, lying on the mandible, rode it less).
  buccinator: {
    origin: ['skull', MOUTH, 'mandible'],
    insertion: [{ between: ['skull', 'mandible'], t: 0.45 }, MOUTH, { between: ['skull', 'mandible'], t: 0.75 }],
  },
  'masseter-deep': skullToJaw,
  temporalis: skullToJaw,
  // Spines of T3-T6 to the posterior tubercles of C3 and the atlas, past the upper thorax.
  'splenius-cervicis': { origin: 'thorax', insertion: ['c3', 'c1'], via: 'thorax' },
  // Ligamentum nuchae at C4, the C7 spine and T3 to the mastoid and the superior nuchal line.
  'splenius-capitis': { origin: ['c4', 'c7', 'thorax'], insertion: 'skull', belly: [0.5] },
  'levator-scapulae': { origin: ['c1', 'c4'], insertion: 'shoulder-girdle' },
  'digastric-anterior': { origin: 'mandible', insertion: 'hyoid' },
  'masseter-superficial': skullToJaw,
  // Both heads wind round the side of the neck as the face turns toward them.
  'sternocleidomastoid-clavicular': { origin: 'shoulder-girdle', insertion: 'skull', belly: [0.5] },
  'sternocleidomastoid-sternal': { origin: 'thorax', insertion: 'skull', belly: [0.5] },
  // Superior nuchal line, external occipital protuberance, ligamentum nuchae at C2, the C7 spine.
  'upper-trapezius': { origin: ['skull', 'skull', 'c2', 'c7'], insertion: 'shoulder-girdle', belly: [0.35] },
  'lower-trapezius': { origin: ['c7', 'thorax', 'thorax', 'thorax', 'thorax'], insertion: 'shoulder-girdle' },
  // Fascia of the upper chest to the lower border of the mandible: its origin line runs from just
  // lateral to the sternoclavicular joint, over the sternal end of the clavicle and the first rib
  // (half with the thorax, half with the girdle), out over the clavicle and the fascia of the
  // deltoid and pectoralis major, which go with the shoulder girdle. Its lower border lies 2 mm
  // over the second rib where the model leaves the pectoralis major out, and a lowered shoulder
  // takes it 2.2 mm into the rib; the outer end held three-quarters by the girdle, 2.2 mm still,
  // held half, the sheet over the clavicle lagged the lowered clavicle and passed 3.0 mm into it.
  platysma: { origin: [{ between: ['thorax', 'shoulder-girdle'], t: 0.5 }, 'shoulder-girdle'], insertion: 'mandible' },
  'zygomaticus-major': { origin: 'skull', insertion: MOUTH },
  'orbicularis-oculi': skullToSkull,
  frontalis: skullToSkull,
  occipitalis: skullToSkull,
};

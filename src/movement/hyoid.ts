import { landmarks, type Vec3 } from '../mapping';
import { add } from '../mapping/vec';
import type { Bone } from './bones';
import type { SegmentMotion, SpinalSegment } from './joints';

/**
 * The hyoid: a rigid body of its own, slung in muscle between the jaw, the skull and the sternum
 * rather than jointed to a bone. Its joint (`joint:hyoid`) sits at the centre of its body and hangs
 * from C3, at whose level it lies. In a pose it rides C3 and a share of each motion of the
 * segments above (C2-C3 up to the occiput), so it stays a rigid body however the neck moves: the
 * suprahyoid muscles and the stylohyoid ligaments tie it to the head, the infrahyoid muscles and
 * the larynx below it to the neck. As the jaw moves it follows the chin part of the way (the
 * anterior digastric, the geniohyoid and the mylohyoid pull it after the chin).
 */
export interface HyoidJoint {
  readonly parent: Bone;
  /** The centre of the body of the hyoid: 3.5 mm behind its front, as the generator builds it. */
  readonly centre: Vec3;
  /** The segments between its parent and the head, from below, a share of whose motions it goes with. */
  readonly above: readonly SpinalSegment[];
  /** The share of each motion of those segments the hyoid goes with. */
  readonly headShare: Readonly<Record<SegmentMotion, number>>;
  /** The share of the chin's travel with the jaw (over the skull) it follows: across, up-down, front-back. */
  readonly followsChin: Vec3;
  /** The share of the jaw's turn (over the skull) it tilts with, about its centre. */
  readonly tiltsWithJaw: number;
}

const FRONT_TO_CENTRE_M = 0.0035;

/**
 * Numbers (estimates, fitted to the model's jaw and neck and measured by `tests/movement` and
 * the posed-surface tests):
 * - the chin: at the model's open mouth (45 mm between the incisors) the menton goes 29 mm down
 *   and 48 mm back over the skull. Cephalometric studies of the open mouth (Muto and Kanazawa
 *   1994) find the hyoid lower; here it follows the chin 0.3 of the way down (9 mm) and 0.65 of
 *   the way back (31 mm), so the anterior digastric shortens to 64 % of its rest length. A hyoid
 *   that only dropped (10 mm, 3 mm back) left it at 38 %, folded in on itself: with this jaw,
 *   whose chin swings further back than a real one that glides forward more, the hyoid has to
 *   make room. It tilts 0.7 as far as the jaw turns (22 degrees): the open mouth turned 156
 *   triangles over and 391 past twice their area (a tilt of 0.5: 171 and 417; 0.9: 159 and 388).
 * - the head: 0.7 of the segments' flexion and extension keeps the chin-to-hyoid distance growing
 *   by about a quarter in full extension (1.26; the hyomental distance ratio of airway assessment
 *   is about 1.2-1.3) and the anterior digastric's stretch (gentle extension) at 110 %; 0.8 of
 *   their rotation keeps the posterior digastric under 104 % in any turned extension (at 0.65
 *   it reached 108.7 %, at 0.5 the anterior digastric turned over where the jaw turned 80 degrees
 *   above a hyoid at 55). In a full turn the hyoid so turns 70 degrees, 47 mm aside and 31 mm back.
 */
export const hyoid: HyoidJoint = {
  parent: 'c3',
  above: ['c2-c3', 'c1-c2', 'occiput-c1'],
  centre: add(landmarks.hyoid, [0, 0, -FRONT_TO_CENTRE_M]),
  headShare: { flexion: 0.7, sideBend: 0.7, rotation: 0.8 },
  followsChin: [0.5, 0.3, 0.65],
  tiltsWithJaw: 0.7,
};

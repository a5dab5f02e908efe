import type { MuscleId } from '../mapping';

/**
 * The examination entries whose stretch the joints cannot show, and why: each reason is a finding
 * of the model that tests/movement/stretches.test.ts measures, so it cannot go stale unnoticed.
 * The clinic's words for these stretches stand; only the demonstration is missing.
 */
export interface StretchNotShown {
  /** The examination entry. */
  readonly id: string;
  readonly muscles: readonly MuscleId[];
  readonly why: string;
  /**
   * The reason in short, for words a patient reads (the handout): the joints can take the
   * position but it lengthens the muscle too little to show; the stretch moves the face's skin;
   * it is an eye muscle.
   */
  readonly reason: 'too-little' | 'skin' | 'eye';
}

export const stretchesNotShown: readonly StretchNotShown[] = [
  {
    id: 'lateral-pterygoid',
    muscles: ['lateral-pterygoid'],
    why:
      "The entry's position, protrusion with a side shift to the other side, is the muscle's own action and " +
      'shortens it; the muscle is longest with the jaw closed and the condyle seated, past which the jaw ' +
      'barely retrudes.',
    reason: 'too-little',
  },
  {
    id: 'prevertebral',
    muscles: ['longus-colli', 'longus-capitis'],
    why:
      'The deep neck flexors lie close to the axes about which the neck extends: gentle extension lengthens ' +
      'them by only a few per cent, and even full extension lengthens the longus colli by well under 8 %.',
    reason: 'too-little',
  },
  {
    id: 'digastric-posterior',
    muscles: ['digastric-posterior'],
    why:
      'Both its ends ride with the head (the hyoid follows the head most of the way), so no extension, turned ' +
      "either way, lengthens it by more than a few per cent; the entry's rotation away even shortens it a little.",
    reason: 'too-little',
  },
  ...(['frontalis', 'occipitalis', 'orbicularis-oculi', 'zygomaticus-major', 'buccinator'] as const).map((id) => ({
    id,
    muscles: [id],
    why: 'Stretched by moving the skin, the brows, the lips or the cheeks, which the joints do not move.',
    reason: 'skin' as const,
  })),
  {
    id: 'superior-oblique',
    muscles: ['superior-oblique'],
    why: "An eye muscle: the eye's own movements are not part of the model.",
    reason: 'eye',
  },
];

/**
 * The two sides of the body, the subject's own left and right. Every muscle exists on both; a
 * link, an embed message, a model's node name and a quiz all speak of a side in these words.
 */
export const sides = ['left', 'right'] as const;

export type Side = (typeof sides)[number];

/** For strings from outside (links, messages, node names). */
export function isSide(value: unknown): value is Side {
  return value === 'left' || value === 'right';
}

export const otherSide = (side: Side): Side => (side === 'left' ? 'right' : 'left');

/** +1 on the left, -1 on the right: model space's +X is the subject's left. */
export const lateralSign = (side: Side): 1 | -1 => (side === 'left' ? 1 : -1);

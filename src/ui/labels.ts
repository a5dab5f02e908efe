import { getMuscle, type DepthLayer, type MuscleGroup, type Side } from '../mapping';

export const groupNames: Record<MuscleGroup, string> = {
  'posterior-neck': 'Back of the neck',
  suboccipital: 'Suboccipital (below the skull)',
  'lateral-neck': 'Side of the neck',
  'anterior-neck': 'Front of the neck',
  jaw: 'Jaw (chewing muscles)',
  'scalp-and-face': 'Scalp and face',
};

export const depthNames: Record<DepthLayer, string> = {
  1: 'superficial',
  2: 'second layer',
  3: 'third layer',
  4: 'deepest layer',
};

export const sideName = (side: Side): string => side;

/** The one way a muscle is named across the viewer: "Upper trapezius (left)". */
export function muscleLabel(muscleId: string, side: Side): string {
  return `${getMuscle(muscleId)?.name ?? muscleId} (${side})`;
}

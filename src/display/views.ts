/**
 * Camera presets. The three-quarter views (front and one side at once) frame muscles such as the
 * upper trapezius and the SCM whose zones wrap from the neck round to the face; guided tours use
 * them, links carry them, but the view bar offers only the five plain ones (`buttonViews`), so it
 * still fits a phone.
 */
export type ViewName = 'front' | 'left' | 'right' | 'back' | 'top' | 'three-quarter-left' | 'three-quarter-right';
export const viewNames: readonly ViewName[] = [
  'front',
  'left',
  'right',
  'back',
  'top',
  'three-quarter-left',
  'three-quarter-right',
];
export const buttonViews: readonly ViewName[] = ['front', 'left', 'right', 'back', 'top'];

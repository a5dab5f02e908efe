/**
 * Whether the person at the screen asked the system for less motion. Read when something starts
 * moving (a camera glide, a stretch played on the head), so a change in the system setting counts
 * from the next one. False where there is no window (tests in Node).
 */
export const prefersReducedMotion = (): boolean =>
  !!globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/** Whether the system asks for less motion: demonstrations then show positions still. */
export const prefersReducedMotion = (): boolean => !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

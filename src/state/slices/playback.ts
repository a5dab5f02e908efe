/**
 * How a demonstration on the head (a stretch, an exercise) runs: the same play, pause and advance
 * for each, on its own timeline. A still shows one moment with no motion (reduced motion, a link).
 */
export type Playback = 'playing' | 'paused' | 'finished' | 'still';

interface Timed {
  readonly playback: Playback;
  /** Time into the timeline, ms. */
  readonly atMs: number;
}

/** `ms` further on, up to `endMs`, where it is finished; only while playing, and never backwards. */
export function advanced<D extends Timed>(demo: D, ms: number, endMs: number): D {
  if (demo.playback !== 'playing' || !(ms >= 0)) return demo;
  const atMs = Math.min(endMs, demo.atMs + ms);
  return { ...demo, atMs, playback: atMs >= endMs ? 'finished' : 'playing' };
}

/** Held where it is, if it was playing. */
export const paused = <D extends Timed>(demo: D): D =>
  demo.playback === 'playing' ? { ...demo, playback: 'paused' } : demo;

/** Playing again: on from a pause, else from the start. */
export const played = <D extends Timed>(demo: D): D => ({
  ...demo,
  playback: 'playing',
  atMs: demo.playback === 'paused' ? demo.atMs : 0,
});

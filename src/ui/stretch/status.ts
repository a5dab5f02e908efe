import type { DemonstrationPhase } from '../../movement';
import type { StretchDemo } from '../../state';

export type StretchStatus = 'into' | 'hold' | 'back' | 'done' | 'paused' | 'start' | 'end';

/** What a demonstration shows, in one word for the screen and a screen reader's status line. */
export function stretchStatus(playback: StretchDemo['playback'], phase: DemonstrationPhase): StretchStatus {
  if (playback === 'still') return phase === 'into' ? 'start' : 'end';
  if (playback === 'finished') return 'done';
  return playback === 'paused' ? 'paused' : phase;
}

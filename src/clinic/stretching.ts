import type { SourceId } from '../mapping';
import type { Words } from './words';

/**
 * What goes with every stretch, whichever the muscle: how to hold it and when to stop. The
 * position itself is each muscle's, in `examination.ts`. The hold follows the static-stretching
 * studies and guidance (about 30 seconds, repeated to about a minute in all); the stop signs are
 * the neck's warning signs and those of an irritated nerve.
 */
export const STRETCH_HOLD: Words = {
  patient:
    'Move slowly into the position until you feel a gentle pull, never pain. Hold it for about 30 seconds, ' +
    'breathing slowly, then come back slowly. Do it 2 to 4 times.',
  clinician:
    'Slow, static stretch to a gentle pull short of pain; hold about 30 s, 2 to 4 repetitions (about 60 s in all ' +
    'per stretch); return slowly.',
};

export const STRETCH_STOP: Words = {
  patient:
    'Stop at once if it brings sharp pain, pins and needles or numbness, dizziness or a change in your sight, ' +
    'and tell your clinician.',
  clinician:
    'Stop on sharp pain, paraesthesia or numbness, dizziness or visual disturbance; the last two call for ' +
    'assessment of the cervical arteries before going on.',
};

export const STRETCHING_SOURCES: readonly SourceId[] = ['BANDY-1997', 'ACSM-2011', 'IFOMPT-CX2023'];

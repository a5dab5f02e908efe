import type { MuscleStory } from '../types';

export const superiorObliqueStory: MuscleStory = {
  origin: 'Body of the sphenoid, above and medial to the optic canal',
  insertion:
    'Through the trochlea at the upper inner corner of the orbit, then back under the superior rectus onto the ' +
    'upper, outer and back part of the eyeball',
  innervation: 'Trochlear nerve (CN IV)',
  action: 'Turns the eye down and out and rolls its top inward; most of all, lowers the eye when it looks in',
  referralSummary: 'A deep ache behind the eye, sometimes reaching over the eyebrow and the forehead on the same side',
  triggerPoints: {
    trochlear: {
      name: 'Trigger point at the trochlea',
      location:
        'At the upper inner corner of the orbit, just under the rim: with the patient looking down, a fingertip ' +
        'presses up and back toward the trochlea, lateral to the nasal bone; looking down and in (the muscle ' +
        'working) or up and in (lengthened) makes an active point hurt more',
      zones: [
        'A deep ache behind the eye (retro-orbital)',
        'Sometimes over the eyebrow and up into the forehead on the same side',
      ],
    },
  },
  symptoms: [
    { text: 'A deep ache behind the eye, often with a tension-type headache', tags: ['pain'] },
    { text: 'Tenderness at the upper inner corner of the eye socket', tags: ['pain'] },
    { text: 'Pain behind the eye on looking up and in, or down and in', tags: ['vision-eye'] },
  ],
  perpetuatingFactors: [
    'Long periods of close work or reading, with the eyes turned down and in',
    'Screens placed low, so the eyes look down for hours',
    'Headaches on the same side (migraine or tension-type) that keep coming back',
  ],
  frequencyNote:
    'In a small controlled study (15 patients with chronic and 15 with episodic tension-type headache, 15 ' +
    'controls), pressing the trochlear area brought on this pain in 86 % and 60 % of the patients and in 27 % of ' +
    'the controls [FdlP-H2005]; in strictly one-sided migraine, 80 % of 20 patients against 20 % of 20 controls ' +
    '[FdlP-CJP2006]. The studies show an association, not a cause.',
  notes:
    'The pattern comes from the research series, which describes a deep retro-orbital ache sometimes spreading ' +
    "above the orbit and to the forehead; it does not use the manual's essential and spillover zones, so the " +
    'spreading part is drawn as spillover. Pain in or behind the eye has causes to rule out first.',
};

import type { Tour } from './types';

/** Muscles of chewing and of the face that send pain to the jaw, teeth, ear and face. */
export const jawAndFacePain: Tour = {
  id: 'jaw-and-face-pain',
  title: 'Jaw and face pain',
  summary: 'Chewing and face muscles that mimic toothache, ear pain and jaw-joint problems.',
  steps: [
    {
      id: 'masseter-superficial',
      title: 'Masseter, superficial part',
      muscleId: 'masseter-superficial',
      side: 'left',
      view: 'left',
      layers: { skin: 'ghosted', superficial: true, deep: true, bones: true },
      text:
        'Upper trigger points refer to the upper molars and the maxilla, middle ones to the lower molars, ' +
        'lower ones over the temple and the eyebrow.',
      patientText: 'Tight jaw muscles can feel like toothache or sinus pain.',
      mentions: ['teeth', 'nose-sinus'],
    },
    {
      id: 'masseter-deep',
      title: 'Masseter, deep part',
      muscleId: 'masseter-deep',
      side: 'left',
      view: 'left',
      layers: { skin: 'hidden', superficial: true, deep: true, bones: true },
      text: 'Refers deep into the ear and the jaw joint; it can be linked with ringing in the ear on the same side.',
      patientText: 'The deep part of the jaw muscle can cause ear pain and ringing.',
      mentions: ['tinnitus', 'ear'],
    },
    {
      id: 'temporalis',
      title: 'Temporalis',
      muscleId: 'temporalis',
      side: 'left',
      view: 'left',
      layers: { skin: 'ghosted', superficial: true, deep: true, bones: true },
      text:
        'Front to back, its four trigger points refer over the eyebrow, up the temple and behind the ear, and ' +
        'to the upper teeth.',
      patientText: 'Clenching tires the temple muscle, which can cause headaches and sensitive upper teeth.',
      mentions: ['teeth'],
    },
    {
      id: 'lateral-pterygoid',
      title: 'Lateral pterygoid',
      muscleId: 'lateral-pterygoid',
      side: 'left',
      view: 'left',
      layers: { skin: 'hidden', superficial: false, intermediate: false, deep: true, bones: true },
      text: 'Refers to the jaw joint and the maxilla; mimics joint arthritis, with clicking and deviation on opening.',
      patientText: 'A small deep jaw muscle that can feel like a painful, clicking jaw joint.',
    },
    {
      id: 'medial-pterygoid',
      title: 'Medial pterygoid',
      muscleId: 'medial-pterygoid',
      side: 'left',
      view: 'left',
      layers: { skin: 'hidden', superficial: false, intermediate: false, deep: true, bones: true },
      text:
        'Refers inside the mouth, to the throat and below and behind the jaw joint; painful swallowing and a ' +
        'stuffy ear.',
      patientText: 'This deep muscle inside the jaw can cause a sore throat feeling and ear stuffiness.',
      mentions: ['throat-swallowing', 'ear'],
    },
    {
      id: 'digastric-anterior',
      title: 'Digastric, anterior belly',
      muscleId: 'digastric-anterior',
      side: 'left',
      view: 'front',
      layers: { skin: 'ghosted', superficial: true, deep: true, bones: true },
      text: 'Under the chin; refers to the lower incisors and the ridge below them.',
      patientText: 'A muscle under the chin that can make the lower front teeth ache.',
      mentions: ['teeth'],
    },
    {
      id: 'zygomaticus-major',
      title: 'Zygomaticus major',
      muscleId: 'zygomaticus-major',
      side: 'left',
      view: 'front',
      layers: { skin: 'ghosted', superficial: true, deep: true, bones: true },
      text: 'Refers in an arc up beside the nose to the middle of the forehead.',
      patientText: 'The smiling muscle can send pain up beside the nose to the forehead.',
    },
  ],
};

import type { Tour } from './types';

/**
 * The classic chart of neck muscles and the headaches they cause, one muscle per step, in the
 * order a therapist usually examines them: from the shoulder up to the skull, then the jaw.
 */
export const neckPainAndHeadaches: Tour = {
  id: 'neck-pain-and-headaches',
  title: 'Neck pain and headaches',
  summary: 'The neck and jaw muscles whose trigger points most often cause tension-type headache.',
  steps: [
    {
      id: 'upper-trapezius',
      title: 'Upper trapezius',
      muscleId: 'upper-trapezius',
      side: 'left',
      view: 'three-quarter-left',
      layers: { skin: 'ghosted', superficial: true, deep: true, bones: true, isolate: false },
      text:
        'Trigger points in the free upper border refer up the back and side of the neck, behind the ear to the ' +
        'temple. Raised shoulders, phone cradling and chairs without armrests keep them going.',
      patientText: 'A knot in the top of the shoulder can send pain up the neck and around the ear to the temple.',
    },
    {
      id: 'scm-sternal',
      title: 'Sternocleidomastoid, sternal division',
      muscleId: 'sternocleidomastoid-sternal',
      side: 'left',
      view: 'three-quarter-left',
      layers: { skin: 'ghosted', superficial: true, deep: true, bones: true },
      text:
        'Along its length it refers to the cheek, over the eyebrow, deep into the orbit, and from its upper ' +
        'end to the occiput and the vertex. Eye and sinus-like symptoms are common.',
      patientText:
        'The long muscle at the front of the neck can cause pain around the eye, the cheek and the top of the head.',
      mentions: ['vision-eye', 'nose-sinus'],
    },
    {
      id: 'scm-clavicular',
      title: 'Sternocleidomastoid, clavicular division',
      muscleId: 'sternocleidomastoid-clavicular',
      side: 'left',
      view: 'front',
      layers: { skin: 'ghosted', superficial: true, deep: true, bones: true },
      text:
        'Refers to the forehead, across the midline when severe, and deep in and behind the ear; it can bring ' +
        'postural dizziness.',
      patientText: 'Its outer part can cause a forehead headache and a feeling of dizziness.',
      mentions: ['dizziness'],
    },
    {
      id: 'splenius-capitis',
      title: 'Splenius capitis',
      muscleId: 'splenius-capitis',
      side: 'left',
      // Its zone is a spot on the vertex, which a view from behind only grazes.
      view: 'top',
      layers: { skin: 'hidden', superficial: false, deep: true, bones: true },
      text:
        'Lies under the trapezius; its trigger point below the mastoid refers to a spot on the top of the head ' +
        'on the same side.',
      patientText: 'A deeper neck muscle that can cause a spot of pain on the top of the head.',
    },
    {
      id: 'splenius-cervicis',
      title: 'Splenius cervicis',
      muscleId: 'splenius-cervicis',
      side: 'left',
      view: 'back',
      layers: { skin: 'hidden', superficial: false, deep: true, bones: true },
      text:
        'Its upper trigger point refers an ache through the head toward the back of the eye; the lower one to ' +
        'the angle of the neck.',
      patientText: 'This neck muscle can feel like pain inside the head, behind the eye.',
    },
    {
      id: 'semispinalis-capitis',
      title: 'Semispinalis capitis',
      muscleId: 'semispinalis-capitis',
      side: 'left',
      view: 'back',
      layers: { skin: 'hidden', superficial: false, deep: true, bones: true },
      text:
        'Refers as a band round the side of the head, strongest at the temple and above the eye; it can trap ' +
        'the greater occipital nerve.',
      patientText: 'A long muscle at the back of the neck that can cause a band of pain round the head.',
      mentions: ['numbness-tingling'],
    },
    {
      id: 'suboccipitals',
      title: 'Suboccipital muscles',
      muscleId: 'rectus-capitis-posterior-major',
      side: 'left',
      view: 'back',
      layers: { skin: 'hidden', superficial: false, deep: true, bones: true, isolate: false },
      text:
        'The deepest layer under the skull: a poorly defined ache from the occiput along the side of the head ' +
        'to the eye and forehead. The most frequent trigger points in chronic tension-type headache.',
      patientText:
        'Small deep muscles just under the skull: the most common source of a headache that wraps from the ' +
        'back of the head to the eye.',
    },
    {
      id: 'levator-scapulae',
      title: 'Levator scapulae',
      muscleId: 'levator-scapulae',
      side: 'left',
      // The angle of the neck and the shoulder blade's border face backward.
      view: 'back',
      layers: { skin: 'hidden', superficial: false, deep: true, bones: true },
      text:
        'Refers to the angle of the neck, with spillover along the shoulder blade; a stiff neck that will not ' +
        'turn. The head plays its stretch: turned about 45 degrees away, then bent forward, the shoulder held down.',
      patientText:
        'The muscle behind a "stiff neck" that will not turn. Watch the head: it shows the stretch that lengthens ' +
        'this muscle.',
      // Its stretch is one of the few a patient is commonly taught for the stiff neck it causes [TS-1999].
      stretch: { id: 'levator-scapulae', side: 'left' },
    },
    {
      id: 'temporalis',
      title: 'Temporalis',
      muscleId: 'temporalis',
      side: 'left',
      view: 'left',
      layers: { skin: 'ghosted', superficial: true, deep: true, bones: true },
      text:
        'Four trigger points above the zygomatic arch refer rays over the temple, the eyebrow and the upper ' +
        'teeth. Clenching and gum chewing keep them going.',
      patientText: 'The chewing muscle at the temple: clenching can cause a temple headache and sore upper teeth.',
      mentions: ['teeth'],
    },
    {
      id: 'masseter',
      title: 'Masseter',
      muscleId: 'masseter-superficial',
      side: 'left',
      view: 'left',
      layers: { skin: 'ghosted', superficial: true, deep: true, bones: true },
      text:
        'Refers to the jaw, the molars, the maxilla and, from its lower part, over the temple and eyebrow; the ' +
        'deep part to the ear.',
      patientText: 'The strong jaw muscle: it can cause jaw, tooth and temple pain.',
      mentions: ['teeth', 'ear'],
    },
  ],
};

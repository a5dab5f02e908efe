// Reads the catalogues' words: i18next in English with every language loaded.
import '../support/i18n';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { type Messages } from '../../src/i18n';
import { resources } from '../../src/i18n/all-resources';
import { englishContent, muscleText, selfCareNotice, selfCareText, tourText } from '../../src/i18n/content';
import { CONTENT_NAMESPACES } from '../../src/i18n/resources';
import { muscleDetailMessages } from '../../src/i18n/content/muscle-details';
import { SELF_CARE_NOTICE, selfCareFor, selfCarePlan } from '../../src/clinic/self-care';
import { describedMuscles, type DescribedMuscle, type MuscleId } from '../../src/mapping';
import { tours } from '../../src/tours';
import { leaves, parityProblems } from '../support/catalogue-parity';

const en = i18next.getFixedT('en');
const es = i18next.getFixedT('es');

/** The Spanish message at a dotted key, or undefined: a direct read, not through i18next's fallback. */
function spanish(ns: string, key: string): string | undefined {
  let node: string | Messages | undefined = resources.es[ns];
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' && node.trim() !== '' ? node : undefined;
}

/** The digits of a text in order, so a translation cannot change a number or a source year. */
const digits = (text: string) => text.match(/\d+/g) ?? [];

describe('content namespaces', () => {
  it('are the ones CONTENT_NAMESPACES names, so the app lists them without building them', () => {
    expect(Object.keys(englishContent()).sort()).toEqual([...CONTENT_NAMESPACES].sort());
  });

  it('are all in the English catalogues that tests and tools load', () => {
    for (const ns of CONTENT_NAMESPACES) expect(Object.keys(resources.en[ns] ?? {}).length, ns).toBeGreaterThan(0);
  });
});

describe.each(['muscle-details', 'tours', 'self-care'])('Spanish "%s"', (ns) => {
  it('keeps every number of the English, in order', () => {
    for (const [key, text] of leaves(resources.en[ns]))
      expect(digits(spanish(ns, key) ?? ''), key).toEqual(digits(text));
  });
});

describe('muscle details in the catalogues', () => {
  /** Every key the data of one muscle calls for, derived from the muscle itself. */
  const keysOf = (m: DescribedMuscle) => [
    ...['origin', 'insertion', 'innervation', 'action', 'referralSummary', 'frequencyNote'].map((f) => `${m.id}.${f}`),
    ...(m.notes === undefined ? [] : [`${m.id}.notes`]),
    ...m.symptoms.map((_, i) => `${m.id}.symptoms.${i}`),
    ...m.perpetuatingFactors.map((_, i) => `${m.id}.perpetuatingFactors.${i}`),
    ...m.triggerPoints.flatMap((tp) => [
      `${m.id}.triggerPoints.${tp.id}.name`,
      `${m.id}.triggerPoints.${tp.id}.location`,
      ...tp.zones.map((_, i) => `${m.id}.triggerPoints.${tp.id}.zones.${i}`),
    ]),
  ];

  it.each(describedMuscles.map((m) => [m.id, m] as const))(
    'has Spanish for every field, trigger point and zone of %s',
    (_id, m) => {
      const missing = keysOf(m).filter((key) => spanish('muscle-details', key) === undefined);
      expect(missing).toEqual([]);
    },
  );

  it('muscleText gives the data in English', () => {
    for (const m of describedMuscles) expect(muscleText(en, m)).toEqual(m);
  });

  it('muscleText gives the catalogue text in Spanish and leaves everything else as it was', () => {
    for (const m of describedMuscles) {
      const translated = muscleText(es, m);
      expect(translated.name).toBe(spanish('muscle-names', `${m.id}.name`));
      expect(translated.plainName).toBe(spanish('muscle-names', `${m.id}.plain`));
      expect(translated.origin).toBe(spanish('muscle-details', `${m.id}.origin`));
      expect(translated.notes).toBe(m.notes === undefined ? undefined : spanish('muscle-details', `${m.id}.notes`));
      expect(translated.symptoms).toEqual(
        m.symptoms.map((s, i) => ({ ...s, text: spanish('muscle-details', `${m.id}.symptoms.${i}`) })),
      );
      translated.triggerPoints.forEach((tp, t) => {
        const original = m.triggerPoints[t]!;
        expect(tp.location).toBe(spanish('muscle-details', `${m.id}.triggerPoints.${tp.id}.location`));
        tp.zones.forEach((zone, z) => {
          expect(zone.description).toBe(spanish('muscle-details', `${m.id}.triggerPoints.${tp.id}.zones.${z}`));
          expect({ ...zone, description: original.zones[z]!.description }).toEqual(original.zones[z]);
        });
        expect(tp.at).toBe(original.at);
      });
      expect([translated.group, translated.layer, translated.clinicalFrequency, translated.sources]).toEqual([
        m.group,
        m.layer,
        m.clinicalFrequency,
        m.sources,
      ]);
      expect(translated.referralSummary).not.toBe(m.referralSummary);
    }
  });

  it('falls back to the data text where no language has the key', () => {
    // A muscle from outside data, which the language files cannot know.
    const unknown: DescribedMuscle = { ...describedMuscles[0]!, id: 'not-in-any-catalogue' as MuscleId };
    expect(muscleText(es, unknown)).toEqual(unknown);
  });

  it('fails the parity check as soon as the data gains English text that Spanish lacks', () => {
    const [first, ...rest] = describedMuscles;
    const grown: DescribedMuscle = {
      ...first!,
      symptoms: [...first!.symptoms, { text: 'A new symptom', tags: ['pain'] }],
      notes: 'A new note',
    };
    const english = muscleDetailMessages([grown, ...rest]);
    expect(parityProblems({ en: english, es: resources.es['muscle-details'] })).toEqual([
      `es: missing ${first!.id}.notes`,
      `es: missing ${first!.id}.symptoms.${first!.symptoms.length}`,
    ]);
    expect(
      parityProblems({ en: resources.en['muscle-details'], es: { ...resources.es['muscle-details'], [first!.id]: {} } })
        .length,
    ).toBeGreaterThan(5);
  });
});

describe('tours in the catalogues', () => {
  const keys = tours.flatMap((tour) => [
    `${tour.id}.title`,
    `${tour.id}.summary`,
    ...tour.steps.flatMap((s) => ['title', 'text', 'patientText'].map((f) => `${tour.id}.steps.${s.id}.${f}`)),
  ]);

  it.each(keys)('has Spanish for %s', (key) => {
    expect(spanish('tours', key)).toBeDefined();
  });

  it('tourText gives the data text in English and the catalogue text in Spanish', () => {
    for (const tour of tours) {
      expect(tourText(en, tour)).toEqual(tour);
      const translated = tourText(es, tour);
      expect(translated.title).toBe(spanish('tours', `${tour.id}.title`));
      translated.steps.forEach((step, i) => {
        const original = tour.steps[i]!;
        expect(step.patientText).toBe(spanish('tours', `${tour.id}.steps.${step.id}.patientText`));
        expect(step.patientText).not.toBe(original.patientText);
        expect({ ...step, title: original.title, text: original.text, patientText: original.patientText }).toEqual(
          original,
        );
      });
    }
  });
});

describe('self-care in the catalogues', () => {
  const plans = describedMuscles.map((m) => [m.id, m, selfCarePlan(m.id, m.group)!] as const);

  it.each(plans)('has Spanish for every piece of advice given for %s', (_id, _m, plan) => {
    for (const id of [...plan.movements, ...plan.habits])
      expect(spanish('self-care', `advice.${id}`), id).toBeDefined();
  });

  it('selfCareText gives selfCareFor in English and the catalogue text in Spanish', () => {
    for (const m of describedMuscles) {
      const english = selfCareFor(m.id, m.group)!;
      expect(selfCareText(en, m.id, m.group)).toEqual(english);
      const translated = selfCareText(es, m.id, m.group)!;
      const plan = selfCarePlan(m.id, m.group)!;
      expect(translated.habits).toEqual(plan.habits.map((id) => spanish('self-care', `advice.${id}`)));
      expect(translated.movements).toEqual(plan.movements.map((id) => spanish('self-care', `advice.${id}`)));
      expect(translated.sources).toEqual(english.sources);
    }
    expect(selfCareText(es, 'no-such-muscle', 'no-such-group')).toBeUndefined();
  });

  it('translates the notice', () => {
    expect(selfCareNotice(en)).toBe(SELF_CARE_NOTICE);
    expect(selfCareNotice(es)).toBe(spanish('self-care', 'notice'));
    expect(selfCareNotice(es)).not.toBe(SELF_CARE_NOTICE);
  });
});

import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources, type Messages } from '../../src/i18n';
import { selfCareNotice, selfCareText, tourText } from '../../src/i18n/content';
import { SELF_CARE_NOTICE, selfCareFor, selfCarePlan } from '../../src/clinic/self-care';
import { muscles } from '../../src/mapping';
import { tours } from '../../src/tours';

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

/** Every leaf of a namespace as [dotted key, text]. */
function leaves(messages: Messages | undefined, prefix = ''): [string, string][] {
  return Object.entries(messages ?? {}).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  );
}

describe.each(['tours', 'self-care'])('Spanish "%s"', (ns) => {
  it('keeps every number of the English, in order', () => {
    for (const [key, text] of leaves(resources.en[ns])) expect(digits(spanish(ns, key) ?? ''), key).toEqual(digits(text));
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
        expect({ ...step, title: original.title, text: original.text, patientText: original.patientText }).toEqual(original);
      });
    }
  });
});

describe('self-care in the catalogues', () => {
  const plans = muscles.map((m) => [m.id, m, selfCarePlan(m.id, m.group)!] as const);

  it.each(plans)('has Spanish for every piece of advice given for %s', (_id, _m, plan) => {
    for (const id of [...plan.movements, ...plan.habits]) expect(spanish('self-care', `advice.${id}`), id).toBeDefined();
  });

  it('selfCareText gives selfCareFor in English and the catalogue text in Spanish', () => {
    for (const m of muscles) {
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

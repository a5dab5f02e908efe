import { describe, expect, it } from 'vitest';
import {
  CHECK_FIRST_BY_TAG,
  CHECK_FIRST_NOTES,
  checkFirstFor,
  checkFirstForList,
  type CheckFirstId,
} from '../../src/clinic/check-first';
import { RED_FLAGS, redFlagsByUrgency } from '../../src/clinic/red-flags';
import { urgencies } from '../../src/clinic/words';
import { languages } from '../../src/i18n';
import { resources } from '../../src/i18n/all-resources';
import { describedMuscles, sourceIds, symptomTags } from '../../src/mapping';
import { tours } from '../../src/tours';
import { leaves } from '../support/catalogue-parity';

const readers = ['patient', 'clinician'] as const;
const noteIds = Object.keys(CHECK_FIRST_NOTES) as CheckFirstId[];
const safety = (lng: (typeof languages)[number]) => leaves(resources[lng].safety);

describe('red flags and check-first notes in every language and voice', () => {
  const rows = languages.flatMap((lng) =>
    readers.flatMap((reader) => [
      ...RED_FLAGS.map((f) => [lng, reader, `redFlags.${f.id}.${reader}`] as const),
      ...noteIds.map((id) => [lng, reader, `checkFirst.${id}.${reader}`] as const),
      ...urgencies.map((u) => [lng, reader, `urgency.${u}.${reader}`] as const),
      [lng, reader, `checkFirstLabel.${reader}`] as const,
    ]),
  );
  it.each(rows)('%s, %s: %s has words', (lng, _reader, key) => {
    expect(safety(lng).get(key)?.trim().length ?? 0).toBeGreaterThan(key.startsWith('checkFirstLabel') ? 5 : 20);
  });

  it('words each item differently for the two readers, and Spanish differently from English', () => {
    for (const key of [...RED_FLAGS.map((f) => `redFlags.${f.id}`), ...noteIds.map((id) => `checkFirst.${id}`)]) {
      expect(safety('en').get(`${key}.patient`), key).not.toBe(safety('en').get(`${key}.clinician`));
      for (const r of readers) expect(safety('es').get(`${key}.${r}`), key).not.toBe(safety('en').get(`${key}.${r}`));
    }
  });
});

describe('red flags', () => {
  it('read cervical artery dissection first, in the emergency group, the most urgent group first', () => {
    expect(RED_FLAGS[0]!.id).toBe('cervical-artery-dissection');
    const groups = redFlagsByUrgency();
    expect(groups.map((g) => g.urgency)).toEqual(['emergency', 'same-day', 'soon']);
    expect(groups[0]!.flags[0]!.id).toBe('cervical-artery-dissection');
    expect(groups.flatMap((g) => g.flags)).toHaveLength(RED_FLAGS.length);
  });

  it('name the signs of dissection the review lists', () => {
    const words = RED_FLAGS[0]!.words;
    for (const sign of ['one side', 'manipulation', 'dizziness', 'double vision', 'slurred speech', 'swallowing'])
      expect(words.patient).toContain(sign);
    for (const sign of ['vertigo', 'diplopia', 'dysarthria', 'drop attacks', 'Horner', 'pulsatile tinnitus'])
      expect(words.clinician).toContain(sign);
  });

  it('send giant cell arteritis to a doctor the same day, and to emergency care with any change in sight', () => {
    const gca = RED_FLAGS.find((f) => f.id === 'giant-cell-arteritis')!;
    const vision = RED_FLAGS.find((f) => f.id === 'giant-cell-arteritis-vision')!;
    expect(gca.urgency).toBe('same-day');
    expect(vision.urgency).toBe('emergency');
    for (const w of ['Over 50', 'temple', 'scalp', 'chewing', 'fever', 'weight loss', 'shoulders', 'hips'])
      expect(gca.words.patient).toContain(w);
    expect(vision.words.patient).toMatch(/change in sight/);
    expect(vision.words.clinician).toMatch(/visual disturbance/);
  });

  it('hold every sign the review lists, with unique ids and known sources', () => {
    const ids = RED_FLAGS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'thunderclap',
      'fever-stiff-neck',
      'neurological',
      'head-injury',
      'new-after-50',
      'progressive',
      'wakes-or-vomiting',
      'cardiac',
      'neck-after-injury',
      'spinal-cord',
      'neck-cancer-signs',
      'strain-triggered',
      'posture-changes',
      'pregnancy',
      'cancer-or-low-immunity',
      'pattern-change',
      'seizure',
      'painful-red-eye',
      'medication-overuse',
    ])
      expect(ids).toContain(id);
    for (const f of RED_FLAGS) for (const s of f.sources) expect(sourceIds.has(s), `${f.id} cites ${s}`).toBe(true);
    expect(RED_FLAGS.find((f) => f.id === 'medication-overuse')!.words.patient).toMatch(/10 to 15 or more days/);
  });
});

describe('check-first notes beside the symptoms', () => {
  const symptoms = describedMuscles.flatMap((m) => m.symptoms.map((s, i) => [`${m.id} #${i}`, s] as const));

  it.each(symptoms)('%s has a tag, and a note if its tag needs one', (_name, s) => {
    expect(s.tags.length).toBeGreaterThan(0);
    const needed = new Set(s.tags.map((t) => CHECK_FIRST_BY_TAG[t]).filter((id) => id !== null));
    expect(checkFirstFor(s).map((n) => n.id)).toEqual([...needed]);
  });

  it('are each needed by some tag, and every tag is decided', () => {
    expect(Object.keys(CHECK_FIRST_BY_TAG).sort()).toEqual([...symptomTags].sort());
    expect([...new Set(Object.values(CHECK_FIRST_BY_TAG).filter(Boolean))].sort()).toEqual([...noteIds].sort());
  });

  it.each([
    ['sternocleidomastoid-sternal', 'sudden-hearing-loss'],
    ['sternocleidomastoid-sternal', 'eye'],
    ['masseter-deep', 'one-sided-tinnitus'],
    ['temporalis', 'dentist'],
    ['digastric-anterior', 'dentist'],
    ['medial-pterygoid', 'throat-ear'],
    ['sternocleidomastoid-clavicular', 'dizziness'],
    ['upper-trapezius', 'dizziness'],
    ['splenius-cervicis', 'eye'],
    ['scalene-anterior', 'chest-heart'],
  ])('%s carries the %s note', (muscleId, note) => {
    const m = describedMuscles.find((x) => x.id === muscleId)!;
    expect(
      checkFirstForList(m.symptoms)
        .flat()
        .map((n) => n.id),
    ).toContain(note);
  });

  it('say what the review asks: ENT emergency, one-sided tinnitus, eye doctor, dentist first, three weeks', () => {
    expect(CHECK_FIRST_NOTES['sudden-hearing-loss'].words.clinician).toMatch(/ENT emergency/);
    expect(CHECK_FIRST_NOTES['one-sided-tinnitus'].words.patient).toMatch(/one ear only/);
    expect(CHECK_FIRST_NOTES.eye.words.patient).toMatch(/eye doctor/);
    expect(CHECK_FIRST_NOTES.dentist.words.clinician).toMatch(/diagnosis of exclusion/);
    expect(CHECK_FIRST_NOTES['throat-ear'].words.patient).toMatch(/three weeks.*hoarse voice.*lump in the neck/);
    expect(CHECK_FIRST_NOTES.dizziness.words.clinician).toMatch(/dissection/);
  });

  it('follow every tour step that names such a symptom', () => {
    const steps = tours.flatMap((t) => t.steps);
    expect(steps.filter((s) => (s.mentions ?? []).length > 0).length).toBeGreaterThan(5);
    for (const s of steps) for (const tag of s.mentions ?? []) expect(CHECK_FIRST_BY_TAG[tag], s.id).not.toBeNull();
  });
});

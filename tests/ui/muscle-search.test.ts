import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { describedMuscles } from '../../src/mapping';
import { buildSearchIndex, searchMuscles, type SearchIndex } from '../../src/ui/muscle-search';
import { searchWords } from '../../src/clinic/search-words';
import { getPainRegion, isMuscleId } from '../../src/mapping';
import '../support/i18n';

const indexes = new Map<string, SearchIndex>();
function search(language: 'en' | 'es', query: string) {
  let index = indexes.get(language);
  if (!index) {
    index = buildSearchIndex(i18next.getFixedT(language), language);
    indexes.set(language, index);
  }
  const answer = searchMuscles(index, query);
  return { muscles: [...(answer.muscles ?? [])], places: answer.places.map((p) => p.regionId) };
}

const scm = ['sternocleidomastoid-clavicular', 'sternocleidomastoid-sternal'];
const chewing = ['masseter-superficial', 'masseter-deep', 'temporalis', 'lateral-pterygoid', 'medial-pterygoid'];

describe('the muscle search knows clinicians’ and patients’ words', () => {
  it.each([
    ['en', 'SCM'],
    ['en', 'scm '],
    ['en', 'neck strap'],
    ['es', 'ECM'],
    ['es', 'esternocleido'],
  ] as const)('%s "%s" finds both heads of the sternocleidomastoid and nothing else', (language, query) => {
    expect(search(language, query).muscles.sort()).toEqual(scm);
  });

  it.each([
    ['en', 'upper trap'],
    ['en', 'traps'],
    ['es', 'trapecio superior'],
    ['es', 'trapecios'],
  ] as const)('%s "%s" finds the upper trapezius', (language, query) => {
    expect(search(language, query).muscles).toEqual(['upper-trapezius']);
  });

  it.each([
    ['en', 'TMJ'],
    ['es', 'ATM'],
  ] as const)('%s "%s" offers the jaw joint and the chewing muscles', (language, query) => {
    const found = search(language, query);
    expect(found.places).toEqual(['jaw-joint']);
    expect(found.muscles).toEqual(expect.arrayContaining(chewing));
  });

  it.each([
    ['en', 'levator', ['levator-scapulae']],
    ['es', 'angular del omóplato', ['levator-scapulae']],
    ['en', 'jaw muscle', chewing],
    ['es', 'músculos de la mandíbula', chewing],
    ['en', 'suboccipitals', ['rectus-capitis-posterior-major', 'rectus-capitis-posterior-minor']],
    ['es', 'suboccipitales', ['obliquus-capitis-superior', 'obliquus-capitis-inferior']],
  ] as const)('%s "%s" finds its muscles', (language, query, expected) => {
    expect(search(language, query).muscles).toEqual(expect.arrayContaining([...expected]));
  });

  it.each([
    ['en', 'temporalsi', ['temporalis']],
    ['en', 'masetter', ['masseter-superficial', 'masseter-deep']],
    ['es', 'temporla', ['temporalis']],
    ['es', 'maseteor', ['masseter-superficial', 'masseter-deep']],
  ] as const)('%s misspelt "%s" still finds %j and only that', (language, query, expected) => {
    expect(search(language, query).muscles.sort()).toEqual([...expected].sort());
  });

  it.each([
    ['en', 'headache behind the eye', 'behind-the-eye', ['temporalis', 'sternocleidomastoid-sternal']],
    ['es', 'dolor detrás del ojo', 'behind-the-eye', ['temporalis', 'sternocleidomastoid-sternal']],
    ['en', 'jaw pain', 'jaw-joint', ['masseter-deep', 'lateral-pterygoid']],
    ['es', 'dolor de mandíbula', 'jaw-joint', ['masseter-deep', 'lateral-pterygoid']],
    ['en', 'ringing in the ear', 'ear', ['masseter-deep']],
    ['es', 'pitido en el oído', 'ear', ['masseter-deep']],
  ] as const)('%s "%s" offers the place %s and muscles that refer pain there', (language, query, place, expected) => {
    const found = search(language, query);
    expect(found.places).toContain(place);
    expect(found.muscles).toEqual(expect.arrayContaining([...expected]));
  });

  it('a ringing ear brings the muscles whose symptoms list tinnitus', () => {
    const tinnitus = describedMuscles
      .filter((m) => m.symptoms.some((s) => s.tags.includes('tinnitus')))
      .map((m) => m.id);
    expect(tinnitus.length).toBeGreaterThan(0);
    expect(search('en', 'tinnitus').muscles).toEqual(expect.arrayContaining(tinnitus));
  });

  it.each([
    ['en', 'lower trap', 'lower-trapezius'],
    ['es', 'trapecio inferior', 'lower-trapezius'],
    ['en', 'deep neck flexors', 'longus-colli'],
    ['es', 'prevertebrales', 'longus-capitis'],
    ['en', 'trochlea', 'superior-oblique'],
    ['es', 'troclea', 'superior-oblique'],
  ] as const)('%s "%s" finds the %s', (language, query, id) => {
    expect(search(language, query).muscles).toContain(id);
  });

  it('names still work as before, in part and without accents, and an empty search lists everything', () => {
    expect(search('en', 'trapez').muscles).toEqual(['upper-trapezius', 'lower-trapezius']);
    expect(search('es', 'cigomatico').muscles).toEqual(['zygomaticus-major']);
    expect(search('en', '  ').muscles).toEqual([]);
    expect(searchMuscles(indexes.get('en')!, '').muscles).toBeNull();
  });

  it('finds nothing for words that are no muscle, place or complaint', () => {
    expect(search('en', 'xylophone')).toEqual({ muscles: [], places: [] });
    expect(search('es', 'bicicleta')).toEqual({ muscles: [], places: [] });
  });

  it('its word lists name only muscles and places the catalogue has', () => {
    for (const list of Object.values(searchWords)) {
      for (const w of [...list.muscles, ...list.complaints]) {
        for (const id of 'muscles' in w ? w.muscles : []) expect(isMuscleId(id)).toBe(true);
        for (const id of w.places ?? []) expect(getPainRegion(id)).toBeDefined();
        for (const word of w.words) expect(word).toBe(word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
      }
    }
  });
});

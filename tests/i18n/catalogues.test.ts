import { describe, expect, it } from 'vitest';
import { languages, namespaces } from '../../src/i18n';
import { resources } from '../../src/i18n/all-resources';
import { muscles } from '../../src/mapping';
import { leaves, parityProblems } from '../support/catalogue-parity';

/** The {{placeholders}} of a message, sorted, so a translation cannot drop or rename one. */
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it.each(namespaces)('namespace "%s" has the same keys in every language, none empty', (ns) => {
    expect(parityProblems(Object.fromEntries(languages.map((lng) => [lng, resources[lng][ns]])))).toEqual([]);
  });

  it.each(namespaces)('namespace "%s" keeps the same placeholders in every translation', (ns) => {
    const en = leaves(resources.en[ns]);
    for (const lng of languages) {
      for (const [key, text] of leaves(resources[lng][ns])) {
        expect(placeholders(text), `${lng}:${ns}:${key}`).toEqual(placeholders(en.get(key) ?? ''));
      }
    }
  });

  it('names every muscle of the catalogue in every language, clinically and plainly', () => {
    for (const lng of languages) {
      for (const m of muscles) {
        const names = leaves(resources[lng]['muscle-names']);
        expect(names.get(`${m.id}.name`), `${lng}:${m.id}`).toBeTruthy();
        expect(names.get(`${m.id}.plain`), `${lng}:${m.id}`).toBeTruthy();
      }
    }
  });
});

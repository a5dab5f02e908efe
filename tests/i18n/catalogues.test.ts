import { describe, expect, it } from 'vitest';
import { languages, namespaces, resources, type Messages } from '../../src/i18n';
import { muscles } from '../../src/mapping';

/** Every leaf key of a namespace, as dotted paths. */
function leaves(messages: Messages | undefined, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/** The {{placeholders}} of a message, sorted, so a translation cannot drop or rename one. */
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it.each(namespaces)('namespace "%s" has the same keys in every language, none empty', (ns) => {
    const [first, ...rest] = languages.map((lng) => ({ lng, keys: leaves(resources[lng][ns]) }));
    for (const other of rest) {
      expect([...other.keys.keys()].sort(), `${other.lng} vs ${first!.lng} in ${ns}`).toEqual([...first!.keys.keys()].sort());
    }
    for (const { lng, keys } of [first!, ...rest]) {
      for (const [key, text] of keys) expect(text.trim(), `${lng}:${ns}:${key}`).not.toBe('');
    }
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

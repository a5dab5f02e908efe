import { describe, expect, it } from 'vitest';
import { languages, namespaces } from '../../src/i18n';
import { resources } from '../../src/i18n/all-resources';
import { leaves } from '../support/catalogue-parity';

/**
 * Words from the project's own working notes that a reader cannot follow: "the reference" was the
 * team's fact sheet, which no user sees.
 */
const internal: Record<(typeof languages)[number], RegExp> = {
  en: /\bthe reference\b|check mark|\(~\)/i,
  es: /\bla referencia\b|marca de comprobación|\(~\)/i,
};

describe('no working-note words reach the reader', () => {
  it.each(languages.flatMap((lng) => namespaces.map((ns) => [lng, ns] as const)))('%s:%s', (lng, ns) => {
    const hits = [...leaves(resources[lng][ns])].filter(([, text]) => internal[lng].test(text)).map(([key]) => key);
    expect(hits).toEqual([]);
  });
});

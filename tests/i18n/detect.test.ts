import { describe, expect, it } from 'vitest';
import { detectLanguage, languageFromLink } from '../../src/i18n';

describe('starting language', () => {
  it('keeps a remembered choice', () => expect(detectLanguage('es', ['en-GB'])).toBe('es'));
  it('ignores a remembered value it does not know', () => expect(detectLanguage('<script>', ['en-US'])).toBe('en'));
  it('takes the first browser language it has, by primary subtag', () => {
    expect(detectLanguage(null, ['fr-FR', 'es-MX', 'en'])).toBe('es');
    expect(detectLanguage(null, ['ES'])).toBe('es');
  });
  it('falls back to English', () => expect(detectLanguage(null, ['de-DE', 'ja'])).toBe('en'));
});

describe('language from the link', () => {
  it('takes ?lang= when it names a language we have', () => {
    expect(languageFromLink('?lang=es&m=temporalis&s=left')).toBe('es');
    expect(languageFromLink('?m=temporalis&lang=en')).toBe('en');
  });
  it('ignores unknown, empty, odd or missing values', () => {
    for (const search of ['', '?lang=', '?lang=fr', '?lang=ES-es', '?lang=%3Cscript%3E', '?lang=es%00', '?lan=es'])
      expect(languageFromLink(search), search).toBeNull();
  });
});

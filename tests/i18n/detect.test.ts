import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/i18n';

describe('starting language', () => {
  it('keeps a remembered choice', () => expect(detectLanguage('es', ['en-GB'])).toBe('es'));
  it('ignores a remembered value it does not know', () => expect(detectLanguage('<script>', ['en-US'])).toBe('en'));
  it('takes the first browser language it has, by primary subtag', () => {
    expect(detectLanguage(null, ['fr-FR', 'es-MX', 'en'])).toBe('es');
    expect(detectLanguage(null, ['ES'])).toBe('es');
  });
  it('falls back to English', () => expect(detectLanguage(null, ['de-DE', 'ja'])).toBe('en'));
});

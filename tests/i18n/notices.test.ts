// Reads the catalogues' words: i18next in English with every language loaded.
import '../support/i18n';
import { describe, expect, it } from 'vitest';
import { i18next, languages } from '../../src/i18n';
import { decodeState } from '../../src/state';

/** A link with every kind of mistake the codec reports. */
const broken = [
  'm=no-such-muscle',
  'mode=fly',
  'p=1,2',
  'r=elbow',
  'd=12:1.2_x;zz',
  'skin=plaid',
  'off=wings',
  'iso=maybe',
  'v=inside',
].join('&');

describe('link notices', () => {
  it('are catalogue keys that every language words, with the offending value filled in', () => {
    const { notices } = decodeState(`?${broken}`);
    expect(notices.length).toBeGreaterThanOrEqual(9);
    for (const lng of languages) {
      const t = i18next.getFixedT(lng);
      for (const n of notices) {
        expect(i18next.exists(n.key, { lng }), `${lng}:${n.key}`).toBe(true);
        const text = t(n.key, n.params);
        expect(text).not.toMatch(/\{\{|messages:/);
        if (n.params?.value !== undefined) expect(text).toContain(String(n.params.value));
      }
    }
  });

  it('word several unknown layers as one plural sentence in each language', () => {
    const { notices } = decodeState('?off=wings,fins,gills');
    expect(notices).toEqual([{ key: 'messages:link.unknownLayers', params: { count: 3 } }]);
    expect(i18next.getFixedT('en')(notices[0]!.key, notices[0]!.params)).toBe('3 unknown layers ignored.');
    expect(i18next.getFixedT('es')(notices[0]!.key, notices[0]!.params)).toBe('Se ignoraron 3 capas desconocidas.');
  });
});

import fc from 'fast-check';

/**
 * Links a stranger could send: every parameter the viewer reads (and the ones being added),
 * filled with script fragments, absurd numbers, huge and repeated values, unicode and broken
 * percent-encoding, mixed with real values so decoding gets past the first check. Seeded, so a
 * failure names a link that can be replayed.
 */
export const LINK_KEYS = [
  'm',
  's',
  'mode',
  'p',
  'r',
  'd',
  'skin',
  'off',
  'iso',
  'v',
  'tour',
  'step',
  'quiz',
  'embed',
  'panels',
  'hide',
  'lang',
] as const;

/** Whatever runs it in the page sets this global; the app must never run it. */
export const TRAP = 'window.__pwned=1';

const scripts = [
  `<script>${TRAP}</script>`,
  `javascript:${TRAP}`,
  `"><img src=x onerror="${TRAP}">`,
  `'><svg onload=${TRAP}>`,
  `{{constructor.constructor('${TRAP}')()}}`,
  '__proto__',
  'constructor',
  'toString',
];
const numbers = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '-0',
  '0x1F',
  '99999999999999999999',
  'NaN,NaN,NaN',
  '1e3,1e3,1e3',
  '57,30',
  '57,30,35,1',
  '-1000,1000,-1000',
];
const real = [
  'upper-trapezius',
  'temporalis',
  'left',
  'right',
  'draw',
  'point',
  '57,30,35',
  'temple-left',
  'temple',
  '12:74.26.37_70.41.54',
  'MhKgUgebEX.*IhKgUge',
  'MhKgUg1_gUfif',
  'e8:1.2.3',
  'hidden',
  'bones,deep',
  '1',
  '0',
  'back',
  'true',
  'en',
  'es',
];
const unicode = ['🦴', 'é', 'ｍ', '\u202e', '\u0000', '\u200b', 'ß'.repeat(50), '𝕏'];
const percent = ['%', '%E0%A4%A', '%ZZ', '%00', '%2525', '%C0%AF', '%FF%FE'];

const huge = fc.oneof(
  fc.constantFrom(
    'a'.repeat(30_000),
    'x,'.repeat(6_000),
    `12:${'1.2.3_'.repeat(3_000)}`,
    `${'16:1.2.3;'.repeat(2_000)}`,
    'e'.repeat(25_000),
  ),
  fc.integer({ min: 100, max: 40_000 }).map((n) => '9'.repeat(n)),
);

const randomBytes = fc
  .uint8Array({ maxLength: 60 })
  .map((b) => [...b].map((x) => `%${x.toString(16).padStart(2, '0')}`).join(''));

const value: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...real) },
  { weight: 3, arbitrary: fc.constantFrom(...scripts) },
  { weight: 2, arbitrary: fc.constantFrom(...numbers) },
  { weight: 2, arbitrary: fc.constantFrom(...unicode) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: huge },
);

/** Lone surrogates cannot be percent-encoded; a browser would have replaced them anyway. */
const wellFormed = (v: string): string =>
  v.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** A value as it appears in a link: encoded, raw where that is still a URL, or raw percent garbage. */
const written: fc.Arbitrary<string> = fc.oneof(
  value.map((v) => encodeURIComponent(wellFormed(v))),
  value.filter((v) => /^[\x21-\x22\x24-\x7e]*$/.test(v)),
  fc.constantFrom(...percent),
  randomBytes,
);

const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...LINK_KEYS) },
  { weight: 1, arbitrary: fc.constantFrom('', '%', 'M', 'm[]', '__proto__', 'd%00') },
);

/** A search string, `?` and all. Keys repeat freely, so "which one wins" is exercised too. */
export const hostileSearch: fc.Arbitrary<string> = fc
  .array(fc.tuple(key, written), { minLength: 1, maxLength: 8 })
  .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`);

export const hostileLinks = (count: number, seed: number): string[] =>
  fc.sample(hostileSearch, { numRuns: count, seed });

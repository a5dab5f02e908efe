/**
 * The languages the viewer speaks: the one list to extend when adding a language (then its
 * `locales/<lang>/` folder, see README.md). English comes first: it is every language's fallback.
 */
export const languages = ['en', 'es'] as const;
export type Language = (typeof languages)[number];

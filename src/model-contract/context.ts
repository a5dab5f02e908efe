/**
 * The context parts of the default model, in the order the generator writes them (the build
 * stops if the two differ). Paired parts are listed per side. A clinic's model may have none,
 * some, or others: the viewer names any `context:` node and never needs one.
 */
export const contextParts = [
  'thyroid-cartilage',
  'cricoid-cartilage',
  'trachea',
  'thyrohyoid-membrane',
  'thyroid-gland',
  'mylohyoid',
  'thyrohyoid-left',
  'thyrohyoid-right',
  'sternothyroid-left',
  'sternothyroid-right',
  'sternohyoid-left',
  'sternohyoid-right',
  'omohyoid-left',
  'omohyoid-right',
  'eye-left',
  'eye-right',
  'orbicularis-oris',
  'levator-labii-superioris-left',
  'levator-labii-superioris-right',
  'depressor-anguli-oris-left',
  'depressor-anguli-oris-right',
  'risorius-left',
  'risorius-right',
  'nasalis-left',
  'nasalis-right',
  'nasal-cartilages',
  'galea-aponeurotica',
] as const;

export type ContextPart = (typeof contextParts)[number];

/**
 * The context parts that are muscles (the floor of the mouth, the infrahyoid straps, the facial
 * muscles): the anatomy checks count them as the muscles a deep muscle rests on and must not
 * pass into, as they count the catalogue's. Named once for both sides of a pair.
 */
const MUSCLES: ReadonlySet<string> = new Set([
  'mylohyoid',
  'thyrohyoid',
  'sternothyroid',
  'sternohyoid',
  'omohyoid',
  'orbicularis-oris',
  'levator-labii-superioris',
  'depressor-anguli-oris',
  'risorius',
  'nasalis',
]);
export const contextMuscles: readonly ContextPart[] = contextParts.filter((part) =>
  MUSCLES.has(part.replace(/-(left|right)$/, '')),
);

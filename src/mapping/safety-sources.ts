import type { Source, SourceKind } from './sources';

/**
 * The guidelines the red flags cite (`src/clinic/red-flags.ts`), a part of `sources` in a file of
 * its own: the disclaimer lists the red flags with their sources on a first visit, so these come
 * with the page, and the rest of the list (the catalogue's textbooks and papers) need not.
 */
export const safetySourceList = [
  {
    id: 'SNNOOP10',
    kind: 'journal',
    citation:
      'Do TP, Remmers A, Schytz HW, et al. Red and orange flags for secondary headaches in clinical practice: ' +
      'SNNOOP10 list. Neurology 2019;92:134-144.',
  },
  {
    id: 'ICHD-3',
    kind: 'journal',
    citation:
      'Headache Classification Committee of the International Headache Society. The International ' +
      'Classification of Headache Disorders, 3rd edition. Cephalalgia 2018;38:1-211.',
  },
  {
    id: 'IFOMPT-CX2023',
    kind: 'journal',
    citation:
      'Rushton A, et al. International framework for examination of the cervical region for potential of ' +
      'vascular pathologies of the neck prior to musculoskeletal intervention: International IFOMPT Cervical ' +
      'Framework. J Orthop Sports Phys Ther 2023;53:7-22.',
  },
  {
    id: 'IFOMPT-RF2020',
    kind: 'journal',
    citation:
      'Finucane LM, et al. International framework for red flags for potential serious spinal pathologies. ' +
      'J Orthop Sports Phys Ther 2020;50:350-372.',
  },
  {
    id: 'BSR-GCA2020',
    kind: 'journal',
    citation:
      'Mackie SL, et al. British Society for Rheumatology guideline on diagnosis and treatment of giant cell ' +
      'arteritis. Rheumatology 2020;59:e1-e23.',
  },
] as const satisfies readonly { id: string; kind: SourceKind; citation: string }[];

/** The id of a source a red flag may cite. */
export type SafetySourceId = (typeof safetySourceList)[number]['id'];

export const safetySources: readonly (Source & { readonly id: SafetySourceId })[] = safetySourceList;

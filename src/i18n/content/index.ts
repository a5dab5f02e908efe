import type { Messages } from '../catalogue';
import { examinationMessages, headacheTypeMessages } from './clinic-pages';
import { muscleDetailMessages } from './muscle-details';
import { muscleNameMessages } from './muscle-names';
import { safetyMessages } from './safety';
import { selfCareMessages } from './self-care';
import { tourMessages } from './tours';

/**
 * The English catalogues built from the data modules, which stay the single source of truth
 * for sourced clinical text; other languages translate them in locales/<lang>/<namespace>.json.
 */
export function englishContent(): Record<string, Messages> {
  return {
    'muscle-names': muscleNameMessages(),
    'muscle-details': muscleDetailMessages(),
    tours: tourMessages(),
    'self-care': selfCareMessages(),
    safety: safetyMessages(),
    examination: examinationMessages(),
    'headache-types': headacheTypeMessages(),
  };
}

export { muscleText } from './muscle-details';
export { tourText } from './tours';
export { adviceText, selfCareText, selfCareNotice } from './self-care';
export { checkFirstText, checkFirstTextForTags, checkFirstLabel } from './safety';
export { redFlagText } from './red-flags';
export type { CheckFirstText } from './safety';
export type { RedFlagGroupText } from './red-flags';
export { examinationText, exerciseText, headacheTypeText, stretchingText } from './clinic-pages';
export type { ExaminationText, HeadacheTypeText } from './clinic-pages';

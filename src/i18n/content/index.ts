import type { Messages } from '../resources';
import { selfCareMessages } from './self-care';
import { tourMessages } from './tours';

/**
 * The English catalogues built from the data modules, which stay the single source of truth
 * for sourced clinical text; other languages translate them in locales/<lang>/<namespace>.json.
 */
export function englishContent(): Record<string, Messages> {
  return {
    tours: tourMessages(),
    'self-care': selfCareMessages(),
  };
}

export { tourText } from './tours';
export { selfCareText, selfCareNotice } from './self-care';

import { initI18n } from '../../src/i18n';

// Components read their text from the catalogues; tests read them in English unless they switch.
initI18n('en');

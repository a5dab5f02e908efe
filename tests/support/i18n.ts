import { initI18n, loadAllLanguages } from '../../src/i18n';

// Components read their text from the catalogues; tests read them in English unless they switch,
// and every language is loaded up front so a switch shows at once, as it does for a returning user.
await initI18n('en');
await loadAllLanguages();

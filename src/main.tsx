import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { frameParams, startEmbed } from './embed';
import { initI18n, LANGUAGE_PARAM } from './i18n';
import { linkReady, startOfflineCopy, startPoseGuard, startUrlSync } from './state';
import { disclaimerSeen } from './ui/disclaimer-seen';
import { loadRedFlags } from './ui/red-flags-part';
import './styles/app.css';

// Chosen now, before the link is rewritten below: `?lang=` is read from the address as opened.
const languageReady = initI18n();

// A first visit opens with the disclaimer, whose red flags are not part of the first load: they
// are fetched now, beside the language, and the first render waits for them as well.
const disclaimerReady = disclaimerSeen() ? Promise.resolve() : loadRedFlags().catch(() => undefined);

// A link naming a tour first waits for the tours, which are not part of the first load.
void linkReady(window).then(() => {
  // Read a shared link before the first render so the first frame already shows its state. The
  // embed's and the language's parameters set up the page, not what it shows: kept as they came.
  startUrlSync(window, [...Object.values(frameParams), LANGUAGE_PARAM]);

  // A stretch asked for on a model without joints (a clinic's) is ended with a notice, whatever asked.
  startPoseGuard();

  // The offline copy once the model is on screen: its precache must not compete with the first download.
  // The development server has no worker to register.
  if (import.meta.env.PROD) startOfflineCopy(window, './sw.js');

  // Inside a clinic's iframe: compact chrome, chosen panels and the postMessage API (src/embed).
  startEmbed();

  // The first render waits for the chosen language's catalogues (English is already in), so it
  // speaks the user's language from the first frame, and for a first visit's red flags.
  void Promise.allSettled([languageReady, disclaimerReady]).then(() => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
});

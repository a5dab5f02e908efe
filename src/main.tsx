import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { frameParams, startEmbed } from './embed';
import { initI18n, LANGUAGE_PARAM } from './i18n';
import { startOfflineCopy, startPoseGuard, startUrlSync } from './state';
import './styles/app.css';

// Chosen now, before the link is rewritten below: `?lang=` is read from the address as opened.
const languageReady = initI18n();

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
// speaks the user's language from the first frame.
void languageReady.finally(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

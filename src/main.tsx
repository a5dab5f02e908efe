import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startEmbed } from './embed';
import { initI18n } from './i18n';
import { startUrlSync } from './state';
import './styles/app.css';

// Catalogues are bundled, so the first render already speaks the user's language.
initI18n();

// Read a shared link before the first render so the first frame already shows its state.
startUrlSync();

// Inside a clinic's iframe: compact chrome, chosen panels and the postMessage API (src/embed).
startEmbed();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

import type { Plugin } from 'vite';
// The words the frame shows, from the English catalogues the viewer itself speaks from.
import common from '../src/i18n/locales/en/common.json';
import ui from '../src/i18n/locales/en/ui.json';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The viewer's frame as plain HTML inside #root: the header with the title over the dark stage,
 * and the model's loading banner, the same elements and classes the script renders first. The
 * browser paints it as soon as the stylesheet has arrived, before a line of the script has run
 * (on a tablet that is seconds earlier), and React replaces it with the live page on its first
 * render. It speaks English, as the document does until the script has read the chosen language.
 */
export function appShell(): Plugin {
  const title = escapeHtml(common.app.title);
  const loading = escapeHtml(ui.model.loading);
  const shell =
    '<div class="app" aria-busy="true">' +
    `<header class="app-header"><h1>${title}</h1></header>` +
    '<main class="stage"><div class="messages">' +
    `<div class="model-status loading" role="status"><span>${loading}…</span>` +
    `<progress max="100" aria-label="${loading}"></progress></div>` +
    '</div></main></div>';
  return {
    name: 'app-shell',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        if (!ctx.filename.endsWith('index.html')) return html;
        if (!html.includes('<div id="root"></div>')) throw new Error('app shell: index.html has no empty #root');
        return html.replace('<div id="root"></div>', `<div id="root">${shell}</div>`);
      },
    },
  };
}

import type { LookupCandidate, Reply } from '../embed/handler';
import type { ViewerEvent } from '../embed/events';
import './demo.css';

/**
 * The script of a clinic's page that embeds the viewer, as a clinic would write it: it knows the
 * viewer only through its address parameters and its postMessage API (src/embed/README.md).
 * Everything shown from a message is written with textContent, never parsed as HTML.
 */

type FromViewer = ViewerEvent | Reply;

const frame = document.querySelector<HTMLIFrameElement>('#viewer')!;
const buttons = [...document.querySelectorAll<HTMLButtonElement>('.actions button')];
const status = document.querySelector<HTMLParagraphElement>('#status')!;
const answer = document.querySelector<HTMLDivElement>('#answer')!;
const candidates = document.querySelector<HTMLOListElement>('#candidates')!;
const events = document.querySelector<HTMLOListElement>('#events')!;

// The viewer is served next to this page here; a clinic would point at wherever it hosts it.
const viewer = new URL('./index.html', window.location.href);
viewer.search = new URLSearchParams({ embed: '1', panels: 'hidden', parentOrigin: window.location.origin }).toString();

let lookups = 0;
let pendingLookup: string | null = null;

function send(message: Record<string, unknown>): void {
  frame.contentWindow?.postMessage(message, viewer.origin);
}

const sideName = (side: string | null) => (side ? ` (${side})` : '');

/** One line per message, in words, for the log. */
function describe(m: FromViewer): string {
  switch (m.type) {
    case 'htp:ready':
      return `ready: ${m.tours.length} tours available`;
    case 'htp:selection':
      return m.muscleId ? `selection: ${m.name}${sideName(m.side)}` : 'selection cleared';
    case 'htp:tour-step':
      return m.tourId ? `tour "${m.tourId}": step ${m.step} of ${m.steps}` : 'tour closed';
    case 'htp:stretch':
      return m.stretchId ? `stretch "${m.stretchId}"${sideName(m.side)} started` : 'stretch stopped';
    case 'htp:exercise':
      return m.exerciseId ? `exercise "${m.exerciseId}" started` : 'exercise stopped';
    case 'htp:lookup-result':
      return `lookup answered: ${m.candidates.length} muscles`;
    case 'htp:error':
      return `error: ${m.message}`;
  }
}

function logEvent(m: FromViewer): void {
  const item = document.createElement('li');
  const type = document.createElement('code');
  type.textContent = m.type;
  item.append(type, ` ${describe(m)}`);
  events.prepend(item);
}

/** The viewer's own words for a match (its English catalogue), never a bare percentage. */
const pointWords = { strong: 'strong match', fair: 'fair match', weak: 'weak match', slight: 'slight match' };
const areaWords = {
  strong: 'covers most of the area',
  fair: 'covers much of the area',
  weak: 'covers part of the area',
  slight: 'touches the area',
};

function showCandidates(list: readonly LookupCandidate[]): void {
  candidates.replaceChildren(
    ...list.map((c) => {
      const item = document.createElement('li');
      item.dataset.muscle = `${c.muscleId}:${c.side}`;
      const match = (c.share === null ? pointWords : areaWords)[c.band];
      const group = c.group ? ` [${c.group.name}]` : '';
      item.textContent = `${c.name} (${c.side})${group}: ${match}, ${c.level} zone`;
      return item;
    }),
  );
  answer.hidden = false;
}

window.addEventListener('message', (event: MessageEvent) => {
  // Only our own iframe, from where we loaded it, and only the viewer's message shapes.
  if (event.source !== frame.contentWindow || event.origin !== viewer.origin) return;
  const m = event.data as FromViewer;
  if (typeof m !== 'object' || m === null || typeof m.type !== 'string' || !m.type.startsWith('htp:')) return;
  logEvent(m);
  if (m.type === 'htp:ready') {
    for (const b of buttons) b.disabled = false;
    status.textContent = 'The model is ready: try the buttons, or turn it by hand.';
  }
  // The viewer says when a stretch starts and stops, whoever started it: this page, a tour, the reader.
  if (m.type === 'htp:stretch')
    status.textContent = m.stretchId
      ? `The model is showing a stretch (${m.stretchId}${sideName(m.side)}).`
      : 'The stretch has stopped.';
  if (m.type === 'htp:lookup-result' && m.requestId === pendingLookup) {
    pendingLookup = null;
    showCandidates(m.candidates);
  }
});

document.querySelector('#show-trapezius')!.addEventListener('click', () => {
  send({ type: 'htp:select', muscleId: 'upper-trapezius', side: 'left', view: 'three-quarter-left' });
});
document.querySelector('#start-tour')!.addEventListener('click', () => {
  send({ type: 'htp:start-tour', tourId: 'neck-pain-and-headaches' });
});
document.querySelector('#ask-temple')!.addEventListener('click', () => {
  pendingLookup = `temple-${++lookups}`;
  send({ type: 'htp:lookup', requestId: pendingLookup, regionId: 'temple', side: 'left' });
});

// The levator scapulae, the muscle of the stiff neck, on the left: played from upright into the
// stretch and back (still, without motion, if the reader's system asks for less motion).
document.querySelector('#show-stretch')!.addEventListener('click', () => {
  send({ type: 'htp:start-stretch', stretchId: 'levator-scapulae', side: 'left' });
});
document.querySelector('#stop-stretch')!.addEventListener('click', () => {
  send({ type: 'htp:stop-stretch' });
});

// Listen first, then load: the viewer says "htp:ready" as soon as it starts.
frame.src = viewer.href;

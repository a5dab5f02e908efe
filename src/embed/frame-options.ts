import type { Notice } from '../state/notice';

/**
 * How the viewer sits in a clinic's page, from its address: `embed=1` (compact chrome),
 * `panels=hidden|tools|info|all` (which side panels show), `hide=quiz,tours,language,voice` (header
 * controls a clinic's page has no use for) and `parentOrigin=<origin>` (the one origin allowed to
 * drive it by postMessage). Read once at start; not part of a shared link's state.
 */
/** The address parameters read here; src/main.tsx has URL sync keep them in the address. */
export const frameParams = { embed: 'embed', panels: 'panels', hide: 'hide', parentOrigin: 'parentOrigin' } as const;

export type PanelChoice = 'all' | 'hidden' | 'tools' | 'info';
export const panelChoices: readonly PanelChoice[] = ['all', 'hidden', 'tools', 'info'];

/** Header controls a clinic can hide: its page sets the language and the voice, and has its own flow. */
export type HiddenControl = 'quiz' | 'tours' | 'language' | 'voice';
export const hiddenControls: readonly HiddenControl[] = ['quiz', 'tours', 'language', 'voice'];

export interface FrameOptions {
  readonly embed: boolean;
  readonly panels: PanelChoice;
  readonly hide: readonly HiddenControl[];
  /** Only this origin may send commands and receive events; null: any embedding page. */
  readonly parentOrigin: string | null;
  /** False after a malformed parentOrigin: a restriction that cannot be read must not open the API to everyone. */
  readonly api: boolean;
}

export const defaultFrameOptions: FrameOptions = {
  embed: false,
  panels: 'all',
  hide: [],
  parentOrigin: null,
  api: true,
};

const notice = (what: string): Notice => ({ key: `embed:link.${what}` });

/** An origin exactly as a browser writes `event.origin`: scheme, host and port, no path. */
export function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text;
  } catch {
    return false;
  }
}

export function readFrameOptions(search: string): { options: FrameOptions; notices: Notice[] } {
  const q = new URLSearchParams(search);
  const notices: Notice[] = [];
  let { embed, panels, hide, parentOrigin, api } = defaultFrameOptions;
  const e = q.get(frameParams.embed);
  if (e !== null) {
    if (e === '1' || e === '0') embed = e === '1';
    else notices.push(notice('badEmbed'));
  }
  const p = q.get(frameParams.panels);
  if (p !== null) {
    const choice = panelChoices.find((c) => c === p);
    if (choice) panels = choice;
    else notices.push(notice('badPanels'));
  }
  const h = q.get(frameParams.hide);
  if (h !== null) {
    const names = h.split(',').filter(Boolean);
    hide = hiddenControls.filter((c) => names.includes(c));
    // The known ones still apply: a typo beside "quiz" must not bring the quiz back.
    if (names.some((n) => !hiddenControls.some((c) => c === n))) notices.push(notice('badHide'));
  }
  const o = q.get(frameParams.parentOrigin);
  if (o !== null) {
    if (isOrigin(o)) parentOrigin = o;
    else {
      api = false;
      notices.push(notice('badParentOrigin'));
    }
  }
  return { options: { embed, panels, hide, parentOrigin, api }, notices };
}

/** The classes on <html> that the embed stylesheet keys on. */
export function frameClasses(options: FrameOptions): string[] {
  const out: string[] = [];
  if (options.embed) out.push('embedded');
  if (options.panels !== 'all') out.push(`panels-${options.panels}`);
  for (const control of options.hide) out.push(`hide-${control}`);
  return out;
}

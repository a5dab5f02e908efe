import type { Notice } from '../state/notice';

/**
 * How the viewer sits in a clinic's page, from its address: `embed=1` (compact chrome),
 * `panels=hidden|tools|info|all` (which side panels show) and `parentOrigin=<origin>` (the one
 * origin allowed to drive it by postMessage). Read once at start; not part of a shared link's state.
 */
/** The address parameters read here; src/main.tsx has URL sync keep them in the address. */
export const frameParams = { embed: 'embed', panels: 'panels', parentOrigin: 'parentOrigin' } as const;

export type PanelChoice = 'all' | 'hidden' | 'tools' | 'info';
export const panelChoices: readonly PanelChoice[] = ['all', 'hidden', 'tools', 'info'];

export interface FrameOptions {
  readonly embed: boolean;
  readonly panels: PanelChoice;
  /** Only this origin may send commands and receive events; null: any embedding page. */
  readonly parentOrigin: string | null;
  /** False after a malformed parentOrigin: a restriction that cannot be read must not open the API to everyone. */
  readonly api: boolean;
}

export const defaultFrameOptions: FrameOptions = { embed: false, panels: 'all', parentOrigin: null, api: true };

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
  let { embed, panels, parentOrigin, api } = defaultFrameOptions;
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
  const o = q.get(frameParams.parentOrigin);
  if (o !== null) {
    if (isOrigin(o)) parentOrigin = o;
    else {
      api = false;
      notices.push(notice('badParentOrigin'));
    }
  }
  return { options: { embed, panels, parentOrigin, api }, notices };
}

/** The classes on <html> that the embed stylesheet keys on. */
export function frameClasses(options: FrameOptions): string[] {
  const out: string[] = [];
  if (options.embed) out.push('embedded');
  if (options.panels !== 'all') out.push(`panels-${options.panels}`);
  return out;
}

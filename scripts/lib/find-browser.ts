import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the browser tests, the bench and the render scripts find a Chromium: one search, so
 * `npm test` and the tests it runs never disagree about which browser there is. Everything it
 * reads from the machine comes in through `BrowserSearch`, so the search is tested with made-up
 * machines (tests/scripts/find-browser.test.ts).
 */
export interface BrowserSearch {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly home: string;
  /** Where a project-local Playwright keeps browsers when PLAYWRIGHT_BROWSERS_PATH=0. */
  readonly projectRoot: string;
  readonly exists: (path: string) => boolean;
  /** The entries of a folder; none when it is missing. */
  readonly list: (dir: string) => readonly string[];
  /** Whether the process may install system packages itself (root). */
  readonly isRoot: boolean;
}

export function machineSearch(): BrowserSearch {
  return {
    env: process.env,
    platform: process.platform,
    home: homedir(),
    projectRoot: fileURLToPath(new URL('../..', import.meta.url)),
    exists: existsSync,
    list: (dir) => {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    },
    isRoot: process.getuid?.() === 0,
  };
}

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

const MAC_APPS = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The browser binaries inside one Playwright browser folder (their layout changed over releases). */
const PLAYWRIGHT_BINARIES: Readonly<Partial<Record<NodeJS.Platform, readonly string[]>>> = {
  linux: [
    'chrome-linux/chrome',
    'chrome-linux64/chrome',
    'chrome-linux/headless_shell',
    'chrome-linux64/chrome-headless-shell',
  ],
  darwin: [
    'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
    'chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    'chrome-mac-x64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    'chrome-mac/headless_shell',
  ],
};

/** Playwright's own browser cache, as Playwright itself finds it. */
export function playwrightCache(s: BrowserSearch): string | null {
  const set = s.env.PLAYWRIGHT_BROWSERS_PATH;
  if (set === '0') return join(s.projectRoot, 'node_modules/playwright-core/.local-browsers');
  if (set) return set;
  if (s.platform === 'linux') return join(s.env.XDG_CACHE_HOME ?? join(s.home, '.cache'), 'ms-playwright');
  if (s.platform === 'darwin') return join(s.home, 'Library/Caches/ms-playwright');
  return null;
}

const revision = (folder: string): number => Number(folder.slice(folder.lastIndexOf('-') + 1)) || 0;

/** Full Chromium builds before headless shells, newest revision first. */
function playwrightCandidates(s: BrowserSearch): string[] {
  const cache = playwrightCache(s);
  const binaries = PLAYWRIGHT_BINARIES[s.platform];
  if (!cache || !binaries) return [];
  const folders = s.list(cache).filter((f) => /^chromium(_headless_shell)?-\d+$/.test(f));
  folders.sort((a, b) => Number(a.includes('headless')) - Number(b.includes('headless')) || revision(b) - revision(a));
  return folders.flatMap((f) => binaries.map((b) => join(cache, f, b)));
}

function systemCandidates(s: BrowserSearch): string[] {
  if (s.platform === 'darwin') return [...MAC_APPS];
  if (s.platform === 'win32') return [];
  const dirs = (s.env.PATH ?? '').split(':').filter(Boolean);
  if (!dirs.includes('/usr/bin')) dirs.push('/usr/bin');
  return SYSTEM_NAMES.flatMap((name) => dirs.map((d) => join(d, name)));
}

/** Every place searched, in order: the system's browser first, then Playwright's cache. */
export function browserCandidates(s: BrowserSearch): string[] {
  return [...systemCandidates(s), ...playwrightCandidates(s)];
}

/**
 * The Chromium to drive, or null. CHROMIUM_PATH, when set, is the only answer: a path that was
 * asked for and is missing is an error to report, not a reason to quietly test another browser.
 */
export function findBrowser(s: BrowserSearch = machineSearch()): string | null {
  const wanted = s.env.CHROMIUM_PATH;
  if (wanted) return s.exists(wanted) ? wanted : null;
  return browserCandidates(s).find((p) => s.exists(p)) ?? null;
}

/** What to do when `findBrowser` finds nothing: the one step that gets a browser on this machine. */
export interface BrowserRemedy {
  /** The command that gets one; null when the fix is CHROMIUM_PATH itself. */
  readonly command: string | null;
  /** True where the pretest runs the command itself: Debian or Ubuntu, as root (CI, a fresh container). */
  readonly installsItself: boolean;
  readonly message: string;
}

export function browserRemedy(s: BrowserSearch): BrowserRemedy {
  const wanted = s.env.CHROMIUM_PATH;
  if (wanted) {
    return {
      command: null,
      installsItself: false,
      message:
        `CHROMIUM_PATH is ${wanted}, but there is no file there. ` +
        "Point it at a Chromium or Chrome binary, or unset it to use the system's Chromium or Playwright's.",
    };
  }
  const apt = s.platform === 'linux' && s.exists('/usr/bin/apt-get');
  const installsItself = apt && s.isRoot;
  const command = !apt
    ? 'npx playwright-core install chromium'
    : s.isRoot
      ? 'apt-get install -y chromium'
      : 'sudo apt-get install -y chromium';
  return {
    command,
    installsItself,
    message:
      "No Chromium found (CHROMIUM_PATH is unset, and there is none in the system's usual places or in " +
      "Playwright's cache). " +
      `Get one with:\n\n  ${command}\n\nor set CHROMIUM_PATH to a Chromium or Chrome binary, then run the tests again.`,
  };
}

/** The browser, or an error that says how to get one (for the tests, the bench and the render scripts). */
export function requireBrowser(s: BrowserSearch = machineSearch()): string {
  const found = findBrowser(s);
  if (found) return found;
  throw new Error(browserRemedy(s).message);
}

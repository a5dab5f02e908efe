import { describe, expect, it } from 'vitest';
import {
  browserRemedy,
  findBrowser,
  playwrightCache,
  requireBrowser,
  type BrowserSearch,
} from '../../scripts/lib/find-browser';

/** A made-up machine: the files it has, and what each folder lists. */
function machine(over: Partial<BrowserSearch> & { files?: readonly string[] } = {}): BrowserSearch {
  const files = new Set(over.files ?? []);
  return {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin' },
    platform: 'linux',
    home: '/home/ana',
    projectRoot: '/work/viewer',
    isRoot: false,
    exists: (p) => files.has(p),
    list: (dir) => {
      const names = new Set<string>();
      for (const f of files) if (f.startsWith(`${dir}/`)) names.add(f.slice(dir.length + 1).split('/')[0]!);
      return [...names];
    },
    ...over,
  };
}

describe('finding a browser for the browser tests', () => {
  it('takes CHROMIUM_PATH when it names a file, before any system browser', () => {
    const m = machine({
      env: { CHROMIUM_PATH: '/opt/chrome/chrome' },
      files: ['/opt/chrome/chrome', '/usr/bin/chromium'],
    });
    expect(findBrowser(m)).toBe('/opt/chrome/chrome');
  });

  it('reports a CHROMIUM_PATH that names nothing instead of quietly testing another browser', () => {
    const m = machine({ env: { CHROMIUM_PATH: '/nowhere/chrome' }, files: ['/usr/bin/chromium'], isRoot: true });
    expect(findBrowser(m)).toBeNull();
    const remedy = browserRemedy(m);
    expect(remedy.installsItself).toBe(false);
    expect(remedy.message).toContain('CHROMIUM_PATH is /nowhere/chrome');
    expect(() => requireBrowser(m)).toThrow('/nowhere/chrome');
  });

  it("finds Debian's chromium, Ubuntu's chromium-browser or Google Chrome on the PATH", () => {
    expect(findBrowser(machine({ files: ['/usr/bin/chromium'] }))).toBe('/usr/bin/chromium');
    expect(findBrowser(machine({ files: ['/usr/bin/chromium-browser'] }))).toBe('/usr/bin/chromium-browser');
    expect(findBrowser(machine({ files: ['/usr/local/bin/google-chrome'] }))).toBe('/usr/local/bin/google-chrome');
    // /usr/bin is searched even with an empty PATH (a bare CI environment).
    expect(findBrowser(machine({ env: {}, files: ['/usr/bin/chromium'] }))).toBe('/usr/bin/chromium');
  });

  it("prefers the system's Chromium to Playwright's cache", () => {
    const m = machine({
      files: ['/usr/bin/chromium', '/home/ana/.cache/ms-playwright/chromium-1200/chrome-linux/chrome'],
    });
    expect(findBrowser(m)).toBe('/usr/bin/chromium');
  });

  it("finds Playwright's newest Chromium in its cache, full builds before headless shells", () => {
    const cache = '/home/ana/.cache/ms-playwright';
    const m = machine({
      files: [
        `${cache}/chromium-1098/chrome-linux/chrome`,
        `${cache}/chromium-1200/chrome-linux64/chrome`,
        `${cache}/chromium_headless_shell-1300/chrome-linux/headless_shell`,
        `${cache}/firefox-1400/firefox/firefox`,
      ],
    });
    expect(findBrowser(m)).toBe(`${cache}/chromium-1200/chrome-linux64/chrome`);
  });

  it('honours PLAYWRIGHT_BROWSERS_PATH and XDG_CACHE_HOME, and knows the macOS cache', () => {
    expect(playwrightCache(machine({ env: { PLAYWRIGHT_BROWSERS_PATH: '/srv/browsers' } }))).toBe('/srv/browsers');
    expect(playwrightCache(machine({ env: { PLAYWRIGHT_BROWSERS_PATH: '0' } }))).toBe(
      '/work/viewer/node_modules/playwright-core/.local-browsers',
    );
    expect(playwrightCache(machine({ env: { XDG_CACHE_HOME: '/tmp/cache' } }))).toBe('/tmp/cache/ms-playwright');
    expect(playwrightCache(machine({ platform: 'darwin' }))).toBe('/home/ana/Library/Caches/ms-playwright');
    const m = machine({
      env: { PLAYWRIGHT_BROWSERS_PATH: '/srv/browsers' },
      files: ['/srv/browsers/chromium-1200/chrome-linux/chrome'],
    });
    expect(findBrowser(m)).toBe('/srv/browsers/chromium-1200/chrome-linux/chrome');
  });

  it('finds Chrome or Chromium in /Applications on macOS', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser(machine({ platform: 'darwin', files: [chrome, '/usr/bin/chromium'] }))).toBe(chrome);
  });
});

describe('when there is no browser', () => {
  it('installs Debian chromium itself only as root on a machine with apt-get', () => {
    const remedy = browserRemedy(machine({ isRoot: true, files: ['/usr/bin/apt-get'] }));
    expect(remedy.installsItself).toBe(true);
    expect(remedy.command).toBe('apt-get install -y chromium');
  });

  it('prints the one command for the platform otherwise', () => {
    expect(browserRemedy(machine({ files: ['/usr/bin/apt-get'] })).command).toBe('sudo apt-get install -y chromium');
    expect(browserRemedy(machine({ platform: 'darwin' })).command).toBe('npx playwright-core install chromium');
    expect(browserRemedy(machine({ isRoot: true })).command).toBe('npx playwright-core install chromium');
    const remedy = browserRemedy(machine({ files: ['/usr/bin/apt-get'] }));
    expect(remedy.installsItself).toBe(false);
    expect(remedy.message).toContain('  sudo apt-get install -y chromium\n');
    expect(() => requireBrowser(machine())).toThrow('npx playwright-core install chromium');
  });
});

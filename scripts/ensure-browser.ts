/**
 * The end-to-end tests drive a real Chromium (WebGL through SwiftShader). This makes sure one is
 * there before they run: it uses CHROMIUM_PATH or Debian's /usr/bin/chromium, and on a fresh
 * Debian machine where we are root it installs the `chromium` package; otherwise it says how.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

function main(): void {
  const wanted = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;
  if (existsSync(wanted)) return;
  const canApt = existsSync('/usr/bin/apt-get') && process.getuid?.() === 0;
  if (!canApt) {
    console.error(
      `No Chromium at ${wanted}. Install it (Debian/Ubuntu: "sudo apt-get install -y chromium") ` +
        'or point CHROMIUM_PATH at a Chromium or Chrome binary, then run the tests again.',
    );
    process.exit(1);
  }
  console.log('Installing Debian chromium for the browser tests...');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
}

main();

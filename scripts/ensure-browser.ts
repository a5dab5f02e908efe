/**
 * The end-to-end tests drive a real Chromium (WebGL through SwiftShader). This makes sure there
 * is one before they run, found as the tests will find it (scripts/lib/find-browser.ts): on
 * Debian or Ubuntu as root (CI, a fresh container) it installs the `chromium` package itself;
 * anywhere else it prints the one command that gets a browser and fails.
 */
import { execSync } from 'node:child_process';
import { browserRemedy, findBrowser, machineSearch } from './lib/find-browser';

function main(): void {
  const search = machineSearch();
  const found = findBrowser(search);
  if (found) {
    console.log(`Browser for the end-to-end tests: ${found}`);
    return;
  }
  const remedy = browserRemedy(search);
  if (!remedy.installsItself) {
    console.error(remedy.message);
    process.exit(1);
  }
  console.log('No Chromium found: installing the Debian package "chromium" for the browser tests...');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  const installed = findBrowser(search);
  if (!installed) {
    console.error(`The chromium package installed no browser where the tests look.\n${remedy.message}`);
    process.exit(1);
  }
  console.log(`Browser for the end-to-end tests: ${installed}`);
}

main();

import { launch } from './lib/browser';
import { serveStatic } from './lib/static-server';
import { openViewer, settle } from '../tests/e2e/browser';

const sizes = (process.argv[2] ?? '844x390').split(',');
const server = await serveStatic(process.env.E2E_DIST ?? 'dist-e2e-lead');
const browser = await launch();
for (const s of sizes) {
  const [width, height] = s.split('x').map(Number) as [number, number];
  const ctx = await browser.newContext({ viewport: { width, height }, hasTouch: true, isMobile: width < 900, locale: process.env.LOC ?? 'en-US' });
  const page = await ctx.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openViewer(page, server.url + (process.argv[3] ?? '/'), process.env.UNDERSTAND ?? 'I understand');
  await page.screenshot({ path: `/tmp/shot-${s}-start.png` });
  const b = page.getByRole('button', { name: process.env.CLICK ?? 'Upper trapezius (left)' });
  if (await b.isVisible()) await b.tap();
  await settle(page);
  await page.screenshot({ path: `/tmp/shot-${s}-selected.png` });
  const turn = page.getByRole('button', { name: 'Turn to the pain pattern' });
  if (await turn.isVisible()) await turn.tap();
  await settle(page);
  await page.screenshot({ path: `/tmp/shot-${s}-turned.png` });
  console.log(s, await page.getByRole('tab').allTextContents());
  await ctx.close();
}
await browser.close();
await server.close();

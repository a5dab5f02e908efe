import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

/*
 * The installed app's icons (web app manifest), drawn here rather than fetched or traced so
 * they stay reproducible: `npx tsx scripts/make-icons.ts` rewrites public/icons/*.png.
 * The favicon's picture (a head in bone ivory, a red referral zone at the temple) on the
 * viewer's background colour, kept inside the middle 80% so "maskable" crops leave it whole.
 */
type Rgb = readonly [number, number, number];
const BACKGROUND: Rgb = [0x20, 0x26, 0x2e];
const IVORY: Rgb = [0xe9, 0xe2, 0xcf];
const RED: Rgb = [0xdb, 0x0d, 0x0f];

const inEllipse = (x: number, y: number, cx: number, cy: number, rx: number, ry: number) =>
  ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;

/** Colour at a point of the unit square (the favicon's 32-unit box scaled into the safe zone). */
function colourAt(u: number, v: number): Rgb {
  const x = ((u - 0.1) / 0.8) * 32;
  const y = ((v - 0.1) / 0.8) * 32;
  if (inEllipse(x, y, 23, 12, 3.5, 4.5)) return RED;
  const head = inEllipse(x, y, 16, 13, 10, 11);
  const neck = x >= 9 && x <= 23 && y >= 20 && y <= 26;
  return head || neck ? IVORY : BACKGROUND;
}

/** 4 x 4 samples per pixel, so the edges are smooth at any size. */
function draw(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  const n = 4;
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          for (let k = 0; k < 3; k++) sum[k]! += c[k]!;
        }
      const i = (py * size + px) * 4;
      for (let k = 0; k < 3; k++) png.data[i + k] = Math.round(sum[k]! / (n * n));
      png.data[i + 3] = 255;
    }
  return PNG.sync.write(png);
}

const out = join(fileURLToPath(new URL('.', import.meta.url)), '../public/icons');
mkdirSync(out, { recursive: true });
for (const size of [192, 512]) writeFileSync(join(out, `icon-${size}.png`), draw(size));
writeFileSync(join(out, 'apple-touch-icon.png'), draw(180));

/**
 * Zone atlas: orthographic pictures of the head's surface frame with a muscle's referral zones
 * painted on it, so a clinician can compare them with the manual's figures.
 *
 *   npx tsx scripts/zone-atlas.ts [muscle-id ... | all] [--side left|right] [--regions]
 *
 * Writes one PNG per muscle to .cache/zone-atlas/<id>-<side>.png with four panels, left to
 * right: front, subject's left, back, top (face at the top of that panel). Essential zones are
 * solid red, spillover zones an orange stipple; blue dots are landmarks, black rings the trigger
 * points (their `at` carried onto the frame), the thin grey lines the midline and the Frankfort
 * plane. `--regions` writes regions.png with every named pain region's sample patch instead.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { landmarks } from '../src/mapping/landmarks';
import { muscles } from '../src/mapping/muscles';
import { referralWeights } from '../src/mapping/lookup';
import { resolveAnchor } from '../src/mapping/anchor';
import { painRegions, regionSamplePoints } from '../src/mapping/regions';
import { HEAD_CENTRE, NECK_AXIS, surfaceFramePoint } from '../src/mapping/surface-frame';
import { sides } from '../src/mapping/side';
import type { Side, Vec3 } from '../src/mapping/types';
import { mmToM, mToMm } from '../src/mapping/units';
import { smoothstep } from '../src/mapping/vec';

const OUT_DIR = '.cache/zone-atlas';
const PX_PER_MM = 2;
const PANEL_W = 400;
const PANEL_H = 620;
/** Model-space millimetres at the panel centre (vertical axis of the image). */
const PANEL_CENTRE_UP = -20;
/** The neck is cut this far (metres) below the head centre along the neck axis. */
const NECK_CUT = 0.2;

interface View {
  /** Direction from the subject toward the camera. */
  readonly toCamera: Vec3;
  readonly right: Vec3;
  readonly up: Vec3;
  /** Shift of the picture centre along `up`, millimetres. */
  readonly centreUp: number;
}

const views: readonly View[] = [
  { toCamera: [0, 0, 1], right: [1, 0, 0], up: [0, 1, 0], centreUp: PANEL_CENTRE_UP },
  { toCamera: [1, 0, 0], right: [0, 0, -1], up: [0, 1, 0], centreUp: PANEL_CENTRE_UP },
  { toCamera: [0, 0, -1], right: [-1, 0, 0], up: [0, 1, 0], centreUp: PANEL_CENTRE_UP },
  { toCamera: [0, 1, 0], right: [-1, 0, 0], up: [0, 0, 1], centreUp: 0 },
];

/** Signed distance-like function of the reference surface (negative inside). */
function surfaceFn(x: number, y: number, z: number): number {
  const dx = x - HEAD_CENTRE[0],
    dy = y - HEAD_CENTRE[1],
    dz = z - HEAD_CENTRE[2];
  const h = dx * NECK_AXIS[0] + dy * NECK_AXIS[1] + dz * NECK_AXIS[2];
  const along = h > 0 ? h : 0;
  const rx = dx - along * NECK_AXIS[0],
    ry = dy - along * NECK_AXIS[1],
    rz = dz - along * NECK_AXIS[2];
  const radius = 0.09 + (0.055 - 0.09) * smoothstep(0, 0.08, along);
  const f = Math.hypot(rx, ry, rz) - radius;
  return Math.max(f, h - NECK_CUT);
}

interface Hit {
  readonly p: Vec3;
  readonly depth: number;
  readonly shade: number;
}

function castRays(view: View): (Hit | null)[] {
  const hits: (Hit | null)[] = [];
  const [cx, cy, cz] = view.toCamera;
  for (let j = 0; j < PANEL_H; j++) {
    for (let i = 0; i < PANEL_W; i++) {
      const a = mmToM((i - PANEL_W / 2) / PX_PER_MM);
      const b = mmToM((PANEL_H / 2 - j) / PX_PER_MM + view.centreUp);
      let x = view.right[0] * a + view.up[0] * b + cx * 0.4;
      let y = view.right[1] * a + view.up[1] * b + cy * 0.4 + (view.up[1] === 0 ? HEAD_CENTRE[1] : 0);
      let z = view.right[2] * a + view.up[2] * b + cz * 0.4;
      let t = 0;
      let hit: Hit | null = null;
      for (let k = 0; k < 400 && t < 0.8; k++) {
        const f = surfaceFn(x, y, z);
        if (f < 0.0002) {
          const e = 0.0005;
          const n: Vec3 = [
            surfaceFn(x + e, y, z) - surfaceFn(x - e, y, z),
            surfaceFn(x, y + e, z) - surfaceFn(x, y - e, z),
            surfaceFn(x, y, z + e) - surfaceFn(x, y, z - e),
          ];
          const nl = Math.hypot(n[0], n[1], n[2]) || 1;
          const lambert = (n[0] * cx + n[1] * cy + n[2] * cz) / nl;
          hit = { p: [x, y, z], depth: t, shade: 0.45 + 0.55 * Math.max(0, lambert) };
          break;
        }
        const step = Math.max(f * 0.7, 0.0003);
        x -= cx * step;
        y -= cy * step;
        z -= cz * step;
        t += step;
      }
      hits.push(hit);
    }
  }
  return hits;
}

function project(view: View, p: Vec3): { i: number; j: number; depth: number } {
  const yShift = view.up[1] === 0 ? HEAD_CENTRE[1] : 0;
  const q: Vec3 = [p[0], p[1] - yShift, p[2]];
  const a = q[0] * view.right[0] + q[1] * view.right[1] + q[2] * view.right[2];
  const b = q[0] * view.up[0] + q[1] * view.up[1] + q[2] * view.up[2];
  const c = q[0] * view.toCamera[0] + q[1] * view.toCamera[1] + q[2] * view.toCamera[2];
  return {
    i: Math.round(mToMm(a) * PX_PER_MM + PANEL_W / 2),
    j: Math.round(PANEL_H / 2 - (mToMm(b) - view.centreUp) * PX_PER_MM),
    depth: 0.4 - c,
  };
}

type Colour = readonly [number, number, number];

class Canvas {
  readonly png: PNG;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.png = new PNG({ width, height });
    this.png.data.fill(255);
  }
  set(x: number, y: number, [r, g, b]: Colour): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const o = (y * this.width + x) * 4;
    this.png.data[o] = r;
    this.png.data[o + 1] = g;
    this.png.data[o + 2] = b;
    this.png.data[o + 3] = 255;
  }
}

const viewHits = views.map(castRays);

function drawMarker(
  canvas: Canvas,
  ox: number,
  view: View,
  hits: (Hit | null)[],
  p: Vec3,
  kind: 'landmark' | 'trp',
): void {
  const { i, j, depth } = project(view, surfaceFramePoint(p));
  if (i < 0 || j < 0 || i >= PANEL_W || j >= PANEL_H) return;
  const hit = hits[j * PANEL_W + i];
  if (!hit || depth > hit.depth + 0.004) return;
  if (kind === 'landmark') {
    for (let di = -2; di <= 2; di++) for (let dj = -2; dj <= 2; dj++) canvas.set(ox + i + di, j + dj, [30, 70, 220]);
  } else {
    for (let a = 0; a < 24; a++) {
      const ang = (a / 24) * 2 * Math.PI;
      for (const r of [4, 5])
        canvas.set(ox + i + Math.round(r * Math.cos(ang)), j + Math.round(r * Math.sin(ang)), [0, 0, 0]);
    }
  }
}

function paintBase(
  canvas: Canvas,
  ox: number,
  hits: (Hit | null)[],
  colourAt: (idx: number, i: number, j: number, hit: Hit) => Colour,
): void {
  for (let j = 0; j < PANEL_H; j++) {
    for (let i = 0; i < PANEL_W; i++) {
      const idx = j * PANEL_W + i;
      const hit = hits[idx];
      if (!hit) continue;
      let c = colourAt(idx, i, j, hit);
      const [x, y] = hit.p;
      if (Math.abs(x) < 0.0006 || Math.abs(y) < 0.0006) c = [c[0] * 0.6, c[1] * 0.6, c[2] * 0.6];
      canvas.set(ox + i, j, [c[0] * hit.shade, c[1] * hit.shade, c[2] * hit.shade]);
    }
  }
}

const BASE: Colour = [225, 215, 200];
const RED: Colour = [215, 20, 20];
const ORANGE: Colour = [235, 130, 20];
const mix = (a: Colour, b: Colour, t: number): Colour => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];

function drawLandmarks(canvas: Canvas): void {
  views.forEach((view, v) => {
    for (const p of Object.values(landmarks)) drawMarker(canvas, v * PANEL_W, view, viewHits[v]!, p, 'landmark');
  });
}

function renderMuscle(id: string, side: Side): void {
  const muscle = muscles.find((m) => m.id === id);
  if (!muscle) throw new Error(`Unknown muscle ${id}`);
  const canvas = new Canvas(PANEL_W * views.length, PANEL_H);
  views.forEach((view, v) => {
    const hits = viewHits[v]!;
    const pos = new Float64Array(hits.length * 3);
    hits.forEach((h, k) => h && pos.set(h.p, k * 3));
    const w = referralWeights(muscle.id, side, pos);
    paintBase(canvas, v * PANEL_W, hits, (idx, i, j) => {
      const e = w[idx * 2]!;
      const s = w[idx * 2 + 1]!;
      let c = BASE;
      const dot = i % 4 < 2 && j % 4 < 2;
      if (s > 0 && dot) c = mix(c, ORANGE, s);
      if (e > 0) c = mix(c, RED, e);
      return c;
    });
  });
  drawLandmarks(canvas);
  views.forEach((view, v) => {
    for (const trp of muscle.triggerPoints)
      drawMarker(canvas, v * PANEL_W, view, viewHits[v]!, resolveAnchor(trp.at, side), 'trp');
  });
  writeFileSync(join(OUT_DIR, `${id}-${side}.png`), PNG.sync.write(canvas.png));
}

function renderRegions(): void {
  const canvas = new Canvas(PANEL_W * views.length, PANEL_H);
  const samples: Vec3[] = [];
  for (const r of painRegions) {
    for (const side of r.paired ? sides : (['left'] as const)) samples.push(...regionSamplePoints(r, side));
  }
  views.forEach((view, v) => {
    const hits = viewHits[v]!;
    paintBase(canvas, v * PANEL_W, hits, () => BASE);
    for (const p of samples) {
      const { i, j, depth } = project(view, p);
      const hit = hits[j * PANEL_W + i];
      if (!hit || depth > hit.depth + 0.004) continue;
      for (let di = -2; di <= 2; di++)
        for (let dj = -2; dj <= 2; dj++) canvas.set(v * PANEL_W + i + di, j + dj, [20, 150, 60]);
    }
  });
  drawLandmarks(canvas);
  writeFileSync(join(OUT_DIR, 'regions.png'), PNG.sync.write(canvas.png));
}

function main(): void {
  const args = process.argv.slice(2);
  const sideIdx = args.indexOf('--side');
  const side: Side = sideIdx >= 0 && args[sideIdx + 1] === 'right' ? 'right' : 'left';
  const ids = args.filter((a, k) => !a.startsWith('--') && !(sideIdx >= 0 && k === sideIdx + 1));
  mkdirSync(OUT_DIR, { recursive: true });
  if (args.includes('--regions')) renderRegions();
  const list = ids.length === 0 || ids.includes('all') ? muscles.map((m) => m.id) : ids;
  if (args.includes('--regions') && ids.length === 0) return;
  for (const id of list) renderMuscle(id, side);
  console.log(`wrote ${list.length} atlas page(s) to ${OUT_DIR}`);
}

main();

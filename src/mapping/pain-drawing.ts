import { musclesForPainArea, type AreaCandidate } from './lookup';
import { surfaceFramePoint } from './surface-frame';
import { surfaceSamples } from './surface-samples';
import type { Vec3 } from './types';
import { mmToM } from './units';

/** A brush dab of the pain drawing: a round patch on the head surface, model space. */
export interface PainDab {
  readonly at: Vec3;
  readonly radiusMm: number;
}

/** One brush stroke, from pointer down to pointer up; undo removes whole strokes. */
export interface PainStroke {
  readonly erase: boolean;
  readonly dabs: readonly PainDab[];
}

/** The soft brush is solid inside this share of its radius and fades to nothing at the radius. */
const BRUSH_CORE = 0.7;

/** How strongly a dab of radius `radius` paints at `distance` from its centre (same units), 0..1. */
export function brushWeight(distance: number, radius: number): number {
  if (distance >= radius) return 0;
  const inner = radius * BRUSH_CORE;
  return distance <= inner ? 1 : 1 - (distance - inner) / (radius - inner);
}

/** The paint left after a dab of `weight`: painting keeps the stronger, erasing lowers to 1 - weight. */
export const paintAfterDab = (paint: number, weight: number, erase: boolean): number =>
  erase ? Math.min(paint, 1 - weight) : Math.max(paint, weight);

/** A point counts as painted at half strength or more: the border the eye sees. */
export const PAINTED = 0.5;

/**
 * The even samples lie about 6 mm apart, so a 4 mm dab, painted at PAINTED out to 3.4 mm, could
 * fall between them, and the shoulders lie outside them altogether. A dab's centre therefore
 * becomes a sample of its own when no sample lies within this distance of it (surface frame,
 * metres): small enough that every dab of the smallest brush paints a sample, large enough that
 * a stroke over the head adds few.
 */
export const SAMPLE_GAP_M = 0.003;

const dist2 = (a: Vec3, b: Vec3): number => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2;

/**
 * The points of the head a pain drawing covers: its strokes applied in order (erasing included)
 * with the soft brush to the even surface samples, dab centres and samples compared in the
 * surface frame, so the answer is the same for any model and needs none loaded.
 */
export function paintedSamples(strokes: readonly PainStroke[]): Vec3[] {
  const dabs = strokes.flatMap((s) =>
    s.dabs.map((d) => ({ at: surfaceFramePoint(d.at), r: mmToM(d.radiusMm), erase: s.erase })),
  );
  if (!dabs.some((d) => !d.erase)) return [];
  const samples = [...surfaceSamples()];
  const gap2 = SAMPLE_GAP_M * SAMPLE_GAP_M;
  for (const d of dabs) if (!d.erase && !samples.some((s) => dist2(s, d.at) < gap2)) samples.push(d.at);
  const paint = new Float32Array(samples.length);
  for (const d of dabs) {
    const r2 = d.r * d.r;
    for (let i = 0; i < samples.length; i++) {
      const d2 = dist2(samples[i]!, d.at);
      if (d2 < r2) paint[i] = paintAfterDab(paint[i]!, brushWeight(Math.sqrt(d2), d.r), d.erase);
    }
  }
  return samples.filter((_, i) => paint[i]! >= PAINTED);
}

/** Muscles ranked by how much of a pain drawing their zones explain, as `musclesForPainArea` ranks them. */
export function musclesForPainDrawing(strokes: readonly PainStroke[]): AreaCandidate[] {
  return musclesForPainArea(paintedSamples(strokes));
}

import { add, dot, length, lerp, scale, sub, type Vec3 } from '../../src/mapping/vec';

/**
 * Resamples a polyline to `n` points (closed: a loop), keeping its corners, which are the
 * attachment anchors, and spreading the rest evenly by length.
 */
export function resample(points: readonly Vec3[], n: number, closed: boolean): Vec3[] {
  const pts = closed ? [...points, points[0]!] : [...points];
  if (pts.length === 1) return Array.from({ length: n }, () => pts[0]!);
  const segs = pts.length - 1;
  const intervals = closed ? n : n - 1;
  if (segs > intervals) return uniformResample(pts, n, closed);
  const lengths = pts.slice(1).map((p, i) => length(sub(p, pts[i]!)));
  const total = lengths.reduce((s, l) => s + l, 0) || 1;
  const counts = lengths.map((l) => Math.max(1, Math.round((intervals * l) / total)));
  let diff = intervals - counts.reduce((s, c) => s + c, 0);
  while (diff !== 0) {
    const order = counts
      .map((c, i) => [lengths[i]! / c, i] as const)
      .sort((x, y) => (diff > 0 ? y[0] - x[0] : x[0] - y[0]));
    const pick = order.find(([, i]) => diff > 0 || counts[i]! > 1);
    if (!pick) break;
    counts[pick[1]] = counts[pick[1]]! + Math.sign(diff);
    diff -= Math.sign(diff);
  }
  const out: Vec3[] = [];
  counts.forEach((c, i) => {
    for (let k = 0; k < c; k++) out.push(lerp(pts[i]!, pts[i + 1]!, k / c));
  });
  if (!closed) out.push(pts[pts.length - 1]!);
  return out;
}

function uniformResample(pts: readonly Vec3[], n: number, closed: boolean): Vec3[] {
  const acc = [0];
  for (let i = 1; i < pts.length; i++) acc.push(acc[i - 1]! + length(sub(pts[i]!, pts[i - 1]!)));
  const total = acc[acc.length - 1]!;
  const out: Vec3[] = [];
  for (let k = 0; k < n; k++) {
    const d = closed ? (total * k) / n : (total * k) / (n - 1);
    let j = 1;
    while (j < acc.length - 1 && acc[j]! < d) j++;
    const t = (d - acc[j - 1]!) / (acc[j]! - acc[j - 1]! || 1);
    out.push(lerp(pts[j - 1]!, pts[j]!, Math.min(1, Math.max(0, t))));
  }
  return out;
}

/** Catmull-Rom through the points, `m` samples by chord length. */
export function smoothPath(points: readonly Vec3[], m: number): Vec3[] {
  if (points.length === 2) return Array.from({ length: m }, (_, k) => lerp(points[0]!, points[1]!, k / (m - 1)));
  const dense: Vec3[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const p0 = points[Math.max(0, i - 1)]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[Math.min(points.length - 1, i + 2)]!;
    for (let k = 0; k < 24; k++) {
      const t = k / 24;
      const t2 = t * t;
      const t3 = t2 * t;
      const w = (a: number, b: number, c: number, d: number): number =>
        0.5 * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3);
      dense.push([
        w(p0[0]!, p1[0]!, p2[0]!, p3[0]!),
        w(p0[1]!, p1[1]!, p2[1]!, p3[1]!),
        w(p0[2]!, p1[2]!, p2[2]!, p3[2]!),
      ]);
    }
  }
  dense.push(points[points.length - 1]!);
  return resample(dense, m, false);
}

/** The point of a polyline nearest `p`, and where it lies along the line (a fraction of its length). */
export function nearestOnLine(line: readonly Vec3[], p: Vec3): { point: Vec3; along: number } {
  const lengths = line.slice(1).map((b, k) => length(sub(b, line[k]!)));
  const total = lengths.reduce((sum, l) => sum + l, 0);
  let [point, along, bestD, start] = [line[0]!, 0, Infinity, 0];
  for (let k = 0; k + 1 < line.length; k++) {
    const [a, b] = [line[k]!, line[k + 1]!];
    const ab = sub(b, a);
    const t = Math.min(1, Math.max(0, dot(sub(p, a), ab) / Math.max(1e-12, dot(ab, ab))));
    const q = add(a, scale(ab, t));
    const d = length(sub(p, q));
    if (d < bestD) [point, along, bestD] = [q, total > 0 ? (start + t * lengths[k]!) / total : 0, d];
    start += lengths[k]!;
  }
  return { point, along };
}

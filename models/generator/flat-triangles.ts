/**
 * Flips the longest edge of every flat triangle: one whose corner lies on the opposite edge, as
 * level-set meshing now and then leaves. It has almost no area in float32 and none once the
 * glb's 16-bit positions round it, which a viewer's normals and picking cannot take. The flip
 * joins that corner to the neighbour's far corner instead, so the surface keeps its shape and
 * stays closed. Returns the index array with the flips made (a new array) and their count.
 */
export function flipFlatTriangles(
  positions: ArrayLike<number>,
  indices: ArrayLike<number>,
  /** Flat means a height under this share of the longest edge. */
  ratio = 1e-3,
): { indices: Uint32Array<ArrayBuffer>; flips: number } {
  const idx = new Uint32Array(new ArrayBuffer(indices.length * 4));
  idx.set(Array.from(indices));
  const owner = new Map<string, number>();
  const key = (u: number, v: number) => `${u},${v}`;
  const corners = (t: number) => [idx[t * 3]!, idx[t * 3 + 1]!, idx[t * 3 + 2]!] as const;
  const own = (t: number) => {
    const [a, b, c] = corners(t);
    owner.set(key(a, b), t).set(key(b, c), t).set(key(c, a), t);
  };
  for (let t = 0; t < idx.length / 3; t++) own(t);
  const p = (i: number, k: number) => positions[i * 3 + k]!;
  const length = (u: number, v: number) => Math.hypot(p(v, 0) - p(u, 0), p(v, 1) - p(u, 1), p(v, 2) - p(u, 2));
  let flips = 0;
  for (let t = 0; t < idx.length / 3; t++) {
    const tri = corners(t);
    const lengths = [length(tri[0], tri[1]), length(tri[1], tri[2]), length(tri[2], tri[0])];
    const j = lengths.indexOf(Math.max(...lengths));
    const [a, b, c] = [tri[j]!, tri[(j + 1) % 3]!, tri[(j + 2) % 3]!];
    const ux = p(b, 0) - p(a, 0),
      uy = p(b, 1) - p(a, 1),
      uz = p(b, 2) - p(a, 2);
    const vx = p(c, 0) - p(a, 0),
      vy = p(c, 1) - p(a, 1),
      vz = p(c, 2) - p(a, 2);
    const twiceArea = Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx);
    const longest = lengths[j]!;
    if (longest === 0 || twiceArea / longest >= ratio * longest) continue;
    const s = owner.get(key(b, a));
    if (s === undefined) continue;
    const d = corners(s).find((v) => v !== a && v !== b)!;
    // A diagonal that already exists would join three triangles at one edge.
    if (owner.has(key(c, d)) || owner.has(key(d, c))) continue;
    for (const [u, v] of [
      [a, b],
      [b, c],
      [c, a],
      [b, a],
      [a, d],
      [d, b],
    ] as const)
      owner.delete(key(u, v));
    // The quad a, d, b, c (counter-clockwise) split along c-d instead of a-b.
    idx.set([a, d, c], t * 3);
    idx.set([d, b, c], s * 3);
    own(t);
    own(s);
    flips++;
  }
  return { indices: idx, flips };
}

/**
 * Joins the ends of every edge shorter than `minMm`: a level set now and then leaves vertices a
 * few microns apart, which the glb's 16-bit positions put on one point, leaving the triangles
 * across the edge without area. The later end's triangles take the earlier end instead (both keep
 * their place, so no attribute changes) and the edge's two triangles go; a join that would make
 * the surface non-manifold (the ends sharing other neighbours than the two across the edge) is
 * left out. Returns the index array without the joined triangles.
 */
export function joinCoincident(
  positions: ArrayLike<number>,
  indices: ArrayLike<number>,
  minMm = 0.01,
): Uint32Array<ArrayBuffer> {
  const idx = Array.from(indices);
  const nt = idx.length / 3;
  const dead = new Uint8Array(nt);
  const fans = new Map<number, number[]>();
  for (let t = 0; t < nt; t++)
    for (let e = 0; e < 3; e++) {
      const v = idx[t * 3 + e]!;
      const fan = fans.get(v);
      if (fan) fan.push(t);
      else fans.set(v, [t]);
    }
  const p = (i: number, k: number) => positions[i * 3 + k]!;
  const apart = (u: number, v: number) => Math.hypot(p(v, 0) - p(u, 0), p(v, 1) - p(u, 1), p(v, 2) - p(u, 2));
  const live = (v: number) => fans.get(v)!.filter((t) => !dead[t]);
  const ring = (v: number) =>
    new Set(
      live(v)
        .flatMap((t) => idx.slice(t * 3, t * 3 + 3))
        .filter((u) => u !== v),
    );
  for (let t = 0; t < nt; t++)
    for (let e = 0; e < 3 && !dead[t]; e++) {
      const u = idx[t * 3 + e]!;
      const v = idx[t * 3 + ((e + 1) % 3)]!;
      if (apart(u, v) >= minMm) continue;
      const ru = ring(u);
      const common = [...ring(v)].filter((w) => ru.has(w));
      const across = live(u).filter((s) => idx.slice(s * 3, s * 3 + 3).includes(v));
      if (common.length !== 2 || across.length !== 2) continue;
      for (const s of across) dead[s] = 1;
      for (const s of live(v)) for (let k = 0; k < 3; k++) if (idx[s * 3 + k] === v) idx[s * 3 + k] = u;
      fans.get(u)!.push(...live(v));
    }
  const out = new Uint32Array(new ArrayBuffer((nt - dead.reduce((a, d) => a + d, 0)) * 12));
  let n = 0;
  for (let t = 0; t < nt; t++) if (!dead[t]) for (let k = 0; k < 3; k++) out[n++] = idx[t * 3 + k]!;
  return out;
}

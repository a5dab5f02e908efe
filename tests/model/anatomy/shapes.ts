import type { MeasureMesh } from '../../../scripts/lib/anatomy/mesh';

/**
 * Closed test solids of known volume, thickness and section, wound counter-clockwise from
 * outside like the model's meshes, in millimetres.
 */
type Xyz = readonly [number, number, number];

function mesh(
  name: string,
  points: readonly Xyz[],
  triangles: readonly Xyz[],
  extra: Partial<MeasureMesh> = {},
): MeasureMesh {
  return { name, positions: Float64Array.from(points.flat()), indices: Uint32Array.from(triangles.flat()), ...extra };
}

/** An axis-aligned box from `min` to `max`: 8 corners, 12 triangles. */
export function box(name: string, min: Xyz, max: Xyz): MeasureMesh {
  const [x0, y0, z0] = min;
  const [x1, y1, z1] = max;
  const p: Xyz[] = [
    [x0, y0, z0],
    [x1, y0, z0],
    [x1, y1, z0],
    [x0, y1, z0],
    [x0, y0, z1],
    [x1, y0, z1],
    [x1, y1, z1],
    [x0, y1, z1],
  ];
  const quads: [number, number, number, number][] = [
    [0, 3, 2, 1], // z0
    [4, 5, 6, 7], // z1
    [0, 1, 5, 4], // y0
    [2, 3, 7, 6], // y1
    [0, 4, 7, 3], // x0
    [1, 2, 6, 5], // x1
  ];
  return mesh(
    name,
    p,
    quads.flatMap(([a, b, c, d]) => [
      [a, b, c],
      [a, c, d],
    ]),
  );
}

/**
 * A tube along +z from z = 0 to `length` with `segments` sides and `rings` rings, its radius
 * given along the length (0..1), closed by flat caps. With fibres, every vertex carries `fibre`.
 */
export function tube(
  name: string,
  radius: (t: number) => number,
  length: number,
  segments = 64,
  rings = 41,
  fibre?: Xyz,
): MeasureMesh {
  const p: Xyz[] = [];
  for (let j = 0; j < rings; j++) {
    const t = j / (rings - 1);
    for (let i = 0; i < segments; i++) {
      const a = (2 * Math.PI * i) / segments;
      p.push([radius(t) * Math.cos(a), radius(t) * Math.sin(a), t * length]);
    }
  }
  const bottom = p.length;
  p.push([0, 0, 0]);
  const top = p.length;
  p.push([0, 0, length]);
  const tri: Xyz[] = [];
  const at = (j: number, i: number): number => j * segments + (i % segments);
  for (let j = 0; j + 1 < rings; j++) {
    for (let i = 0; i < segments; i++) {
      tri.push([at(j, i), at(j, i + 1), at(j + 1, i + 1)], [at(j, i), at(j + 1, i + 1), at(j + 1, i)]);
    }
  }
  for (let i = 0; i < segments; i++) {
    tri.push([bottom, at(0, i + 1), at(0, i)], [top, at(rings - 1, i), at(rings - 1, i + 1)]);
  }
  const extra = fibre ? { fibre: Float64Array.from(p.flatMap(() => fibre)) } : {};
  return mesh(name, p, tri, extra);
}

/**
 * A slab `length` long (x), `width` wide (y) and `thickness` thick (z) whose upper and lower
 * faces swap places along its length when `folded`: it pinches at the middle and turns inside
 * out beyond, so its signed volume cancels while it still encloses half its plain volume.
 */
export function slab(
  name: string,
  length: number,
  width: number,
  thickness: number,
  folded: boolean,
  steps = 9,
): MeasureMesh {
  const p: Xyz[] = [];
  for (let j = 0; j <= steps; j++) {
    const s = j / steps;
    const top = (thickness / 2) * (folded ? 1 - 2 * s : 1);
    const x = s * length;
    p.push([x, 0, -top], [x, width, -top], [x, width, top], [x, 0, top]);
  }
  const tri: Xyz[] = [];
  for (let j = 0; j < steps; j++) {
    const [a, b] = [j * 4, j * 4 + 4];
    for (let k = 0; k < 4; k++) {
      const [k1, k2] = [k, (k + 1) % 4];
      tri.push([a + k1, b + k2, b + k1], [a + k1, a + k2, b + k2]);
    }
  }
  const last = steps * 4;
  tri.push([0, 2, 1], [0, 3, 2], [last, last + 1, last + 2], [last, last + 2, last + 3]);
  return mesh(name, p, tri);
}

/** A UV sphere of `radius` about `centre`. */
export function sphere(name: string, radius: number, centre: Xyz = [0, 0, 0], rings = 24, segments = 48): MeasureMesh {
  const p: Xyz[] = [[centre[0], centre[1] + radius, centre[2]]];
  for (let j = 1; j < rings; j++) {
    const phi = (Math.PI * j) / rings;
    for (let i = 0; i < segments; i++) {
      const th = (2 * Math.PI * i) / segments;
      p.push([
        centre[0] + radius * Math.sin(phi) * Math.cos(th),
        centre[1] + radius * Math.cos(phi),
        centre[2] + radius * Math.sin(phi) * Math.sin(th),
      ]);
    }
  }
  const south = p.length;
  p.push([centre[0], centre[1] - radius, centre[2]]);
  const at = (j: number, i: number): number => 1 + (j - 1) * segments + (i % segments);
  const tri: Xyz[] = [];
  for (let i = 0; i < segments; i++) tri.push([0, at(1, i + 1), at(1, i)]);
  for (let j = 1; j + 1 < rings; j++) {
    for (let i = 0; i < segments; i++) {
      tri.push([at(j, i), at(j, i + 1), at(j + 1, i + 1)], [at(j, i), at(j + 1, i + 1), at(j + 1, i)]);
    }
  }
  for (let i = 0; i < segments; i++) tri.push([south, at(rings - 1, i), at(rings - 1, i + 1)]);
  return mesh(name, p, tri);
}

import { MeshoptEncoder } from 'meshoptimizer';

/**
 * Normals and fibre directions are stored with meshopt's octahedral filter: two signed bytes on
 * the octahedron, which compress far better than three bytes of a vector (about 230 KB less over
 * the model). meshopt rounds each coordinate to its nearest step, which moves a direction about
 * twice as far as bytes of the vector would, enough to tip fibre checks of the anatomy report.
 * Here each vector takes, of the steps around its own, the one the decoder turns into the same
 * bytes plain 8-bit quantization gives (else the nearest): directions as accurate as before.
 */

/** Octahedral bytes' 1.0, and how many steps either side of the nearest are tried. */
const ONE = 127;
const SEARCH = 2;

/** meshopt's decodeFilterOct: z from x and y, folded below the equator, normalised to bytes. */
function decoded(u: number, v: number): [number, number, number] {
  let x = u;
  let y = v;
  const z = ONE - Math.abs(x) - Math.abs(y);
  const t = Math.min(z, 0);
  x += x >= 0 ? t : -t;
  y += y >= 0 ? t : -t;
  const s = ONE / Math.hypot(x, y, z);
  const round = (c: number) => Math.trunc(c * s + (c >= 0 ? 0.5 : -0.5));
  return [round(x), round(y), round(z)];
}

/** Byte pairs per axis (-ONE..ONE). */
const SIDE = 2 * ONE + 1;
let decodedTable: { xyz: Int16Array; length: Float64Array } | undefined;

/**
 * decoded() of every byte pair and the length of each result, worked out once: the search below
 * tries 25 pairs per vector over some hundred thousand vectors, and these are the same numbers.
 */
function decodedPairs(): { xyz: Int16Array; length: Float64Array } {
  if (decodedTable) return decodedTable;
  const xyz = new Int16Array(SIDE * SIDE * 3);
  const length = new Float64Array(SIDE * SIDE);
  for (let u = -ONE; u <= ONE; u++)
    for (let v = -ONE; v <= ONE; v++) {
      const k = (u + ONE) * SIDE + (v + ONE);
      const [x, y, z] = decoded(u, v);
      xyz.set([x, y, z], k * 3);
      length[k] = Math.hypot(x, y, z);
    }
  decodedTable = { xyz, length };
  return decodedTable;
}

function encodeOctahedral(source: Float32Array, count: number, stride: number, bits: number): Uint8Array {
  if (stride !== 4 || bits !== 8) return MeshoptEncoder.encodeFilterOct(source, count, stride, bits);
  const out = new Int8Array(count * 4);
  const pairs = decodedPairs();
  for (let i = 0; i < count; i++) {
    const [nx, ny, nz, nw] = [source[i * 4]!, source[i * 4 + 1]!, source[i * 4 + 2]!, source[i * 4 + 3]!];
    const plain = [nx, ny, nz].map((c) => Math.round(c * ONE));
    const l1 = Math.abs(nx) + Math.abs(ny) + Math.abs(nz);
    const [ox, oy] = l1 === 0 ? [0, 0] : [nx / l1, ny / l1];
    const u = nz >= 0 ? ox : (1 - Math.abs(oy)) * Math.sign(ox || 1);
    const v = nz >= 0 ? oy : (1 - Math.abs(ox)) * Math.sign(oy || 1);
    const [u0, v0] = [Math.round(u * ONE), Math.round(v * ONE)];
    let best: [number, number] = [u0, v0];
    let bestScore = -Infinity;
    for (let fu = Math.max(-ONE, u0 - SEARCH); fu <= Math.min(ONE, u0 + SEARCH); fu++)
      for (let fv = Math.max(-ONE, v0 - SEARCH); fv <= Math.min(ONE, v0 + SEARCH); fv++) {
        const k = (fu + ONE) * SIDE + (fv + ONE);
        const x = pairs.xyz[k * 3]!;
        const y = pairs.xyz[k * 3 + 1]!;
        const z = pairs.xyz[k * 3 + 2]!;
        // Distance in bytes to the plain quantization first; the angle only breaks ties.
        const off = (x - plain[0]!) ** 2 + (y - plain[1]!) ** 2 + (z - plain[2]!) ** 2;
        const score = -off + (x * nx + y * ny + z * nz) / pairs.length[k]! / 1000;
        if (score > bestScore) [bestScore, best] = [score, [fu, fv]];
      }
    out.set([best[0], best[1], ONE, Math.max(-ONE, Math.min(ONE, Math.round(nw * ONE)))], i * 4);
  }
  return new Uint8Array(out.buffer);
}

/** meshopt's encoder with this octahedral filter in place of its own. */
export const modelEncoder: typeof MeshoptEncoder = Object.assign(Object.create(MeshoptEncoder), {
  encodeFilterOct: encodeOctahedral,
});

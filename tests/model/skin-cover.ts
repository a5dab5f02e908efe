import { Vector3 } from 'three';
import { mToMm } from '../../src/mapping/units';
import { BONE_PREFIX, CONTEXT_PREFIX, parseMuscleNode, SKIN_NODE } from '../../src/model-contract';
import { distinctPoses, type Pose } from '../../src/movement';
import { pathToFileURL } from 'node:url';
import { loadModel, type LoadedModel } from './load-model';
import { jointWorlds, posedPositions, skinnedMeshes, type SkinnedMesh } from './skinning';
import { SkinSide } from './skin-side';

/**
 * Whether the posed skin still covers what lies under it: the muscle, context and bone vertices
 * that lie under the skin at rest and outside it posed (a muscle or a bone showing through the
 * opaque skin); vertices outside the skin at rest (the scapulae's lower angles below the cut of
 * the chest) are not counted.
 */
export interface SkinCover {
  /** Vertices outside the posed skin by more than `COVER_TOLERANCE_MM`. */
  outside: number;
  /** The farthest one outside (mm), and its mesh. */
  farthestMm: number;
  farthest: string;
  /** Per mesh: vertices outside and the farthest (mm). */
  byMesh: Map<string, [number, number]>;
}

/** Closer than this outside the skin (mm) is the skin's own thickness of noise, not tissue showing. */
export const COVER_TOLERANCE_MM = 0.2;

const isSoft = (name: string): boolean => parseMuscleNode(name) !== null || name.startsWith(CONTEXT_PREFIX);
const isCovered = (name: string): boolean => isSoft(name) || name.startsWith(BONE_PREFIX);

/** Signed distance (m) of each point from the closed skin: positive outside (`SkinSide`). */
function signedDistances(skin: Float64Array, indices: Uint32Array, points: Float64Array): Float64Array {
  const side = new SkinSide(skin, indices);
  const p = new Vector3();
  return Float64Array.from({ length: points.length / 3 }, (_, i) => side.signed(p.fromArray(points, i * 3)));
}

export class SkinCoverMeter {
  private readonly names: string[];
  private readonly restInside: Map<string, Uint8Array> = new Map();

  constructor(
    private readonly model: LoadedModel,
    private readonly skinned: ReadonlyMap<string, SkinnedMesh>,
  ) {
    this.names = [...skinned.keys()].filter(isCovered);
    const rest = this.signed(jointWorlds(model.doc, {}));
    for (const [name, d] of rest)
      this.restInside.set(
        name,
        Uint8Array.from(d, (x) => (x < 0 ? 1 : 0)),
      );
  }

  private signed(worlds: ReturnType<typeof jointWorlds>): Map<string, Float64Array> {
    const skin = this.skinned.get(SKIN_NODE)!;
    const skinPosed = posedPositions(skin, worlds);
    const points = this.names.map((n) => posedPositions(this.skinned.get(n)!, worlds));
    const all = new Float64Array(points.reduce((t, p) => t + p.length, 0));
    let o = 0;
    for (const p of points) all.set(p, (o += p.length) - p.length);
    const d = signedDistances(skinPosed, skin.indices, all);
    const out = new Map<string, Float64Array>();
    o = 0;
    this.names.forEach((n, k) => {
      const count = points[k]!.length / 3;
      out.set(n, d.subarray(o, o + count));
      o += count;
    });
    return out;
  }

  measure(pose: Pose): SkinCover {
    const byMesh = new Map<string, [number, number]>();
    let [outside, farthestMm, farthest] = [0, 0, ''];
    for (const [name, d] of this.signed(jointWorlds(this.model.doc, pose))) {
      const inside = this.restInside.get(name)!;
      let [count, far] = [0, 0];
      d.forEach((x, i) => {
        const mm = mToMm(x);
        if (!inside[i] || mm <= COVER_TOLERANCE_MM) return;
        count++;
        far = Math.max(far, mm);
      });
      if (count === 0) continue;
      byMesh.set(name, [count, far]);
      outside += count;
      if (far > farthestMm) [farthestMm, farthest] = [far, name];
    }
    return { outside, farthestMm, farthest, byMesh };
  }
}

/**
 * `npx tsx tests/model/skin-cover.ts` prints, per pose at its full range (`distinctPoses`), the
 * muscle and context vertices outside the skin and the bone vertices apart, the meshes most out
 * with the farthest (mm), then the sums over the poses. It reports; nothing judges it yet (the
 * committed model is not at 0). About 4 minutes.
 */
async function report(): Promise<void> {
  const model = await loadModel();
  const meter = new SkinCoverMeter(model, skinnedMeshes(model.doc));
  const total = { soft: 0, bone: 0 };
  for (const [name, pose] of distinctPoses()) {
    const q = meter.measure(pose);
    const rows = [...q.byMesh].sort((a, b) => b[1][0] - a[1][0]);
    const line = (kind: keyof typeof total): string => {
      const own = rows.filter(([mesh]) => isSoft(mesh) === (kind === 'soft'));
      const count = own.reduce((sum, [, [n]]) => sum + n, 0);
      total[kind] += count;
      const most = own.slice(0, 4).map(([mesh, [n, mm]]) => `${mesh} ${n} (${mm.toFixed(1)} mm)`);
      return `${count} ${kind === 'soft' ? 'muscle and context' : 'bone'}${most.length ? `: ${most.join(', ')}` : ''}`;
    };
    console.log(`${name}: ${line('soft')}; ${line('bone')}`);
  }
  console.log(`all poses: ${total.soft} vertices outside the skin (muscle and context; ${total.bone} of bone)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void report();

import { Box3, Vector3, type Mesh } from 'three';
import type { PreparedModel } from './prepare-model';

/**
 * How close a shallower part must come to the selected muscle to count as lying over it. Measured
 * on the bundled model: over the rectus capitis posterior major lie the semispinalis and splenius
 * capitis (touching), the sternocleidomastoid (6 mm) and the upper trapezius (11 mm), with the
 * occipitalis at 23 mm; the levator scapulae, beside it rather than over it, keeps 30 mm away.
 */
export const COVER_REACH_M = 0.025;

/** Points enough to find the closest approach of two muscles to a millimetre or two, cheaply. */
const SAMPLES = 400;

interface Cloud {
  readonly box: Box3;
  readonly points: Float32Array;
}

function cloudOf(meshes: readonly Mesh[]): Cloud {
  const box = new Box3();
  const points: number[] = [];
  const v = new Vector3();
  for (const mesh of meshes) {
    mesh.updateWorldMatrix(true, false);
    const pos = mesh.geometry.getAttribute('position');
    const step = Math.max(1, Math.floor((pos.count * meshes.length) / SAMPLES));
    for (let i = 0; i < pos.count; i++) {
      v.fromBufferAttribute(pos, i).applyMatrix4(mesh.matrixWorld);
      box.expandByPoint(v);
      if (i % step === 0) points.push(v.x, v.y, v.z);
    }
  }
  return { box, points: Float32Array.from(points) };
}

function comesWithin(a: Cloud, b: Cloud, reach: number): boolean {
  if (!a.box.clone().expandByScalar(reach).intersectsBox(b.box)) return false;
  const r2 = reach * reach;
  const p = a.points;
  const q = b.points;
  for (let i = 0; i < p.length; i += 3)
    for (let j = 0; j < q.length; j += 3) {
      const dx = p[i]! - q[j]!;
      const dy = p[i + 1]! - q[j + 1]!;
      const dz = p[i + 2]! - q[j + 2]!;
      if (dx * dx + dy * dy + dz * dz < r2) return true;
    }
  return false;
}

const clouds = new WeakMap<PreparedModel, Map<string, Cloud>>();

function cloud(model: PreparedModel, key: string): Cloud | null {
  let byKey = clouds.get(model);
  if (!byKey) clouds.set(model, (byKey = new Map()));
  const known = byKey.get(key);
  if (known) return known;
  const meshes = key.startsWith('context:')
    ? [model.context.get(key.slice('context:'.length))].filter((m): m is Mesh => !!m)
    : (model.muscles.get(key) ?? []);
  if (!meshes.length) return null;
  const made = cloudOf(meshes);
  byKey.set(key, made);
  return made;
}

/**
 * Whether a part (a muscle key `id:side`, or `context:<name>`) lies over the selected muscle
 * closely enough to be peeled for it: the peel in `src/state/peel.ts` names the depths and the
 * side, the geometry which of those parts actually overlie the muscle, so a selected temporalis
 * does not strip the trapezius. Each part's sampled points are kept with the model.
 */
export function liesOverMuscle(model: PreparedModel, selectedKey: string): (key: string) => boolean {
  return (key) => {
    const a = cloud(model, selectedKey);
    const b = cloud(model, key);
    return !!a && !!b && comesWithin(a, b, COVER_REACH_M);
  };
}

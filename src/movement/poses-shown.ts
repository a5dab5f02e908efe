import { exercises } from './exercises';
import type { Pose } from './pose';
import { namedPoses, type NamedPose } from './poses';
import { stretches, stretchPose } from './stretches';

/**
 * Every pose a user can see at its end: the named poses, each stretch (both sides) and each
 * exercise's positions, by name. The model's skin weights are fitted to them (the generator) and
 * the posed model is measured in them (`tests/model`).
 */
export function posesAtFullRange(): [string, Pose][] {
  const out: [string, Pose][] = (Object.keys(namedPoses) as NamedPose[])
    .filter((p) => p !== 'neutral')
    .map((p) => [p, namedPoses[p]]);
  for (const s of stretches)
    for (const side of ['left', 'right'] as const) out.push([`stretch ${s.id} ${side}`, stretchPose(s, side)]);
  for (const e of exercises)
    e.sequence.forEach((p, i) => {
      if (Object.keys(p).length) out.push([`exercise ${e.id} ${i}`, p]);
    });
  return out;
}

/** The poses of `posesAtFullRange` once each (stretches may share a position), under their first name. */
export function distinctPoses(): [string, Pose][] {
  const seen = new Set<string>();
  return posesAtFullRange().filter(([, pose]) => {
    const key = JSON.stringify(pose);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

import { Vector3 } from 'three';
import { sides } from '../../../src/mapping';
import { f2, pct, type Bench } from './bench';
import { calvarialCoverage, frontSightLines } from './coverage';
import { vertexAt, vertexCount } from './mesh';
import { surfaceQuality } from './surface';
import { limits, namedTendons } from './targets';
import { tendonShare } from './tendon';

/** Check 9: the named tendons and aponeuroses read as tendon where the anatomy puts them. */
export function judgeTendons(b: Bench): void {
  const { scene, push } = b;
  for (const place of namedTendons) {
    for (const side of sides) {
      const m = scene.muscle(place.muscle, side);
      const subject = `${place.label} ${side}`;
      if (!m) {
        push(9, 'named tendon', subject, 'muscle missing', `>= ${limits.namedTendon}`, false);
        continue;
      }
      const p = new Vector3();
      const path = scene.path(m);
      const centre = 'landmark' in place ? scene.landmark(place.landmark) : null;
      const picked: number[] = [];
      for (let i = 0; i < vertexCount(m.mesh); i++) {
        vertexAt(m.mesh, i, p);
        if (centre && 'radiusMm' in place) {
          if (p.distanceTo(centre) <= place.radiusMm) picked.push(i);
        } else if (path && 'end' in place) {
          const f = path.project(p);
          if (place.end === 'origin' ? f <= limits.tendonEnd : f >= 1 - limits.tendonEnd) picked.push(i);
        }
      }
      const share = picked.length ? tendonShare(m.mesh, picked) : null;
      const where = 'end' in place ? `${place.end} tenth` : `within ${place.radiusMm} mm of ${place.landmark}`;
      push(
        9,
        `named tendon (${where})`,
        subject,
        share === null ? (m.mesh.tendon ? 'no vertices there' : 'no tendon attribute') : f2(share),
        `>= ${limits.namedTendon}`,
        share !== null && share >= limits.namedTendon,
      );
    }
  }
}

/** Check 8 on the bones and the skin: smooth, well-shaped triangles. */
export function judgeSurfaces(b: Bench): void {
  const { scene, push } = b;
  for (const mesh of [...scene.bones, ...(scene.skin ? [scene.skin] : [])]) {
    const q = surfaceQuality(mesh, () => false, limits.bendDeg);
    push(
      8,
      'edges bent > 20 deg',
      mesh.name,
      pct(q.bentShare),
      `<= ${pct(limits.boneSkinBentShare)}`,
      q.bentShare <= limits.boneSkinBentShare,
    );
    push(
      8,
      'triangle aspect P95',
      mesh.name,
      f2(q.aspectP95),
      `<= ${limits.aspectP95}`,
      q.aspectP95 <= limits.aspectP95,
    );
  }
}

/** Checks 9-11 on the whole model: materials, coverage of the vault and the front of the spine, budgets. */
export function judgeModel(b: Bench): void {
  const { scene, push } = b;
  const model = scene.model;
  for (const mat of model.materials)
    push(9, 'metallicFactor', `material ${mat.name}`, String(mat.metallic), '0', mat.metallic === 0);
  const skull = model.meshes.get('bone:skull');
  const covers = [...scene.muscles.map((m) => scene.spatial(m.mesh)), ...scene.others.map((o) => scene.spatial(o))];
  if (skull) {
    const plane: [Vector3, Vector3, Vector3] = [
      scene.landmark('frontotemporale-left'),
      scene.landmark('frontotemporale-right'),
      scene.landmark('opisthocranion'),
    ];
    const c = calvarialCoverage(skull, plane, covers, limits.coverageWithinMm);
    push(
      10,
      'calvaria above the temporal lines within 3 mm of muscle/aponeurosis',
      'bone:skull',
      `${pct(c.share)} of ${c.vertices} vertices`,
      `>= ${pct(limits.calvarialCoverage)}`,
      c.share >= limits.calvarialCoverage,
    );
  } else push(10, 'calvarial coverage', 'bone:skull', 'missing', `>= ${pct(limits.calvarialCoverage)}`, false);
  const blockers = [
    ...scene.muscles.map((m) => scene.spatial(m.mesh)),
    ...scene.bones.map((b) => scene.spatial(b)),
    ...scene.others.map((o) => scene.spatial(o)),
  ];
  for (const v of ['c3', 'c4', 'c5', 'c6']) {
    const bone = model.meshes.get(`bone:${v}`);
    const s = bone ? frontSightLines(scene.spatial(bone), blockers) : null;
    push(
      10,
      'front lines of sight to the body through skin alone',
      `bone:${v}`,
      s ? `${s.open} of ${s.rays}` : 'missing',
      '0',
      !!s && s.rays > 0 && s.open === 0,
    );
  }
  push(
    11,
    'triangles',
    'model',
    String(model.triangles),
    `<= ${limits.triangles}`,
    model.triangles <= limits.triangles,
  );
  push(11, 'bytes', 'model', String(model.bytes), `<= ${limits.bytes}`, model.bytes <= limits.bytes);
}

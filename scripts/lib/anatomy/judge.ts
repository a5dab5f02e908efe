import { Vector3 } from 'three';
import { muscles as catalogue, sides, type MuscleId, type Side } from '../../../src/mapping';
import { calvarialCoverage, frontSightLines } from './coverage';
import { measureMuscle, type MuscleFigures } from './figures';
import { vertexAt, vertexCount } from './mesh';
import { MeasureScene, type MeasureModel } from './model';
import { namedFibreChecks } from './named-fibres';
import { surfaceQuality } from './surface';
import { limits, muscleTargets, namedTendons, strapMuscles, type MuscleTarget } from './targets';
import { tendonShare } from './tendon';
import { unionThickness } from './thickness';

/** One judged figure: which numbered check of the targets file, on what, the value beside its target. */
export interface CheckResult {
  readonly check: number;
  readonly what: string;
  readonly subject: string;
  readonly value: string;
  readonly target: string;
  readonly pass: boolean;
}

export interface Evaluation {
  readonly figures: ReadonlyMap<string, MuscleFigures>;
  readonly results: readonly CheckResult[];
}

const f1 = (x: number): string => (Number.isFinite(x) ? x.toFixed(1) : String(x));
const f2 = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : String(x));
const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
const band = ([lo, hi]: readonly [number, number]): string => `${lo}-${hi}`;
const layerOf = (id: MuscleId): number => catalogue.find((m) => m.id === id)?.layer ?? 1;

/** Measures every muscle once and judges the model against every check of the targets file. */
export function evaluate(model: MeasureModel): Evaluation {
  const scene = new MeasureScene(model);
  const figures = new Map(scene.muscles.map((m) => [m.node, measureMuscle(scene, m)]));
  const results: CheckResult[] = [];
  const push = (check: number, what: string, subject: string, value: string, target: string, pass: boolean): void => {
    results.push({ check, what, subject, value, target, pass });
  };
  const fig = (id: MuscleId, side: Side): MuscleFigures | undefined => {
    const m = scene.muscle(id, side);
    return m && figures.get(m.node);
  };

  for (const row of muscleTargets) for (const side of sides) judgeRow(row, side);
  for (const f of figures.values()) judgeNode(f);
  for (const side of sides) {
    for (const n of namedFibreChecks(scene, side))
      push(7, 'named fibre direction', `${n.label} ${side}`, n.value, n.target, n.pass);
  }
  judgeTendons();
  judgeSurfaces();
  judgeModel();
  return { figures, results };

  function judgeRow(row: MuscleTarget, side: Side): void {
    const subject = `${row.label} ${side}`;
    const members = row.muscles.map((id) => fig(id, side));
    if (members.some((m) => !m)) {
      push(1, 'present', subject, 'missing', row.muscles.join(' + '), false);
      return;
    }
    const found = members as MuscleFigures[];
    if (row.volumeCm3) {
      const v = found.reduce((s, m) => s + m.volumeCm3, 0);
      push(1, 'volume cm3', subject, f1(v), band(row.volumeCm3), v >= row.volumeCm3[0] && v <= row.volumeCm3[1]);
    }
    const t =
      found.length === 1
        ? found[0]!.thicknessMm
        : unionThickness(
            found.map((m) => ({
              mesh: m.muscle.mesh,
              space: scene.spatial(m.muscle.mesh),
              path: scene.path(m.muscle),
            })),
          );
    const { min, max } = row.thicknessMm;
    const thin = row.shape !== undefined;
    const bandText = `${min ?? ''}-${max ?? ''}`;
    if (thin && max !== undefined)
      push(2, 'belly thickness mm (sheet: at most)', subject, f1(t), `<= ${max} (${bandText})`, t <= max);
    if (!thin && min !== undefined) push(2, 'belly thickness mm', subject, f1(t), `>= ${min} (${bandText})`, t >= min);
    if (row.thickestMm !== undefined) {
      const thickest = unionThickness(
        found.map((m) => ({ mesh: m.muscle.mesh, space: scene.spatial(m.muscle.mesh), path: null })),
      );
      push(
        2,
        'thickest mm (P90 over the whole muscle)',
        subject,
        f1(thickest),
        `>= ${row.thickestMm}`,
        thickest >= row.thickestMm,
      );
    }
    if (row.sectionCm2 && row.muscles.every((id) => strapMuscles.includes(id))) {
      const mid = found.reduce((s, m) => s + (m.sections[3]?.area ?? 0), 0) / 100;
      push(
        3,
        'mid-belly section cm2',
        subject,
        f2(mid),
        `>= ${row.sectionCm2[0]} (${band(row.sectionCm2)})`,
        mid >= row.sectionCm2[0],
      );
    }
    if (row.shape === 'sheet') {
      for (const m of found) {
        const s = m.sections[3];
        const r = s && s.thickness > 0 ? s.width / s.thickness : 0;
        push(
          3,
          'sheet width/thickness at mid-belly',
          `${m.muscle.node}`,
          f1(r),
          `>= ${limits.sheetWidthOverThickness}`,
          r >= limits.sheetWidthOverThickness,
        );
      }
    }
  }

  function judgeNode(f: MuscleFigures): void {
    const { node, id } = f.muscle;
    if (strapMuscles.includes(id)) {
      const areas = f.sections.map((s) => s?.area ?? 0);
      const ratio = Math.max(...areas) > 0 ? Math.min(...areas) / Math.max(...areas) : 0;
      push(
        3,
        'strap min/max section 20-80 %',
        node,
        f2(ratio),
        `>= ${limits.collapseRatio}`,
        ratio >= limits.collapseRatio,
      );
      const s = f.sections[3];
      const r = s && s.thickness > 0 ? s.width / s.thickness : Infinity;
      push(
        3,
        'strap width/thickness at mid-belly',
        node,
        f1(r),
        `<= ${limits.strapWidthOverThickness}`,
        r <= limits.strapWidthOverThickness,
      );
    }
    push(
      4,
      'self-fold |signed|/sampled volume',
      node,
      f2(f.foldRatio),
      `>= ${limits.foldRatio}`,
      f.foldRatio >= limits.foldRatio,
    );
    const mm = f.intoMuscle;
    push(
      5,
      'into other muscles: deepest mm, share',
      node,
      `${f2(mm.maxDepth)} (${mm.deepestIn ?? '-'}), ${pct(mm.share)}`,
      `<= ${limits.muscleIntoMuscleMm}, <= ${pct(limits.muscleIntoMuscleShare)}`,
      mm.maxDepth <= limits.muscleIntoMuscleMm && mm.share <= limits.muscleIntoMuscleShare,
    );
    push(
      5,
      'into bone: deepest mm',
      node,
      `${f2(f.intoBone.maxDepth)} (${f.intoBone.deepestIn ?? '-'})`,
      `<= ${limits.muscleIntoBoneMm}`,
      f.intoBone.maxDepth <= limits.muscleIntoBoneMm,
    );
    push(
      5,
      'outside the skin: sampled vertices',
      node,
      `${f.outsideSkin.count} of ${f.outsideSkin.sampled} (max ${f2(f.outsideSkin.maxDistance)} mm)`,
      '0',
      f.outsideSkin.count === 0,
    );
    if (layerOf(id) >= 3 || strapMuscles.includes(id)) {
      const c = f.contact;
      push(
        6,
        'within 2 mm of bone/muscle; > 3 mm from all',
        node,
        `${pct(c.touching)}; ${pct(c.floating)}`,
        `>= ${pct(limits.contactShare)}; <= ${pct(limits.floatingShare)}`,
        c.touching >= limits.contactShare && c.floating <= limits.floatingShare,
      );
    }
    if (f.sections.length > 0) {
      const s = f.fibreShare;
      push(
        7,
        'fibres within 15 deg of the local course',
        node,
        s === null ? 'no fibre directions' : pct(s),
        `>= ${pct(limits.fibreShare)}`,
        s !== null && s >= limits.fibreShare,
      );
    }
    const t = f.tendonShare;
    const [lo, hi] = limits.tendonShare;
    push(
      9,
      'tendon share of the area',
      node,
      t === null ? 'no tendon attribute' : pct(t),
      `${pct(lo)}-${pct(hi)}`,
      t !== null && t >= lo && t <= hi,
    );
    const q = f.surface;
    push(
      8,
      'muscle edges bent > 20 deg (rims out)',
      node,
      pct(q.bentShare),
      `<= ${pct(limits.muscleBentShare)}`,
      q.bentShare <= limits.muscleBentShare,
    );
    push(
      8,
      'muscle median edge mm',
      node,
      f2(q.medianEdge),
      `<= ${limits.medianEdgeMm}`,
      q.medianEdge <= limits.medianEdgeMm,
    );
  }

  function judgeTendons(): void {
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

  function judgeSurfaces(): void {
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

  function judgeModel(): void {
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
}

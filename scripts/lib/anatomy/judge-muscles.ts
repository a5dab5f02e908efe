import type { Side } from '../../../src/mapping';
import { band, f1, f2, layerOf, pct, type Bench } from './bench';
import type { MuscleFigures } from './figures';
import { limits, strapMuscles, type MuscleTarget } from './targets';
import { unionThickness } from './thickness';

/** Checks 1-3 on a row of the targets table, one side: volume, belly thickness, sections, sheet shape. */
export function judgeRow(b: Bench, row: MuscleTarget, side: Side): void {
  const { scene, push, fig } = b;
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

/** Checks 3-9 on one muscle node: strap sections, folding, interpenetration, contact, fibres, tendon, surface. */
export function judgeNode(b: Bench, f: MuscleFigures): void {
  const { push } = b;
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

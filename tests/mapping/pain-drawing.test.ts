import { describe, expect, it } from 'vitest';
import {
  brushWeight,
  landmarks,
  musclesForPainArea,
  musclesForPainDrawing,
  paintAfterDab,
  PAINTED,
  paintedSamples,
  radialDirection,
  SAMPLE_GAP_M,
  type AreaCandidate,
  type LandmarkName,
  type PainStroke,
  type Vec3,
} from '../../src/mapping';
import { BRUSH_MIN_MM } from '../../src/state/defaults';
import { loadModel } from '../model/load-model';

const key = (c: AreaCandidate) => `${c.muscleId}:${c.side}`;
const names = (list: readonly AreaCandidate[]) => list.map(key);

/** The skin of the committed model: the mesh the viewer used to answer drawings from. */
const skin = (await loadModel()).meshes.get('skin')!.positions;

function onSkin(p: readonly number[]): Vec3 {
  let best = 0;
  let bestD = Infinity;
  for (let i = 0; i < skin.length / 3; i++) {
    const d = (skin[i * 3]! - p[0]!) ** 2 + (skin[i * 3 + 1]! - p[1]!) ** 2 + (skin[i * 3 + 2]! - p[2]!) ** 2;
    if (d < bestD) [best, bestD] = [i, d];
  }
  return [skin[best * 3]!, skin[best * 3 + 1]!, skin[best * 3 + 2]!];
}

/** A stroke of five dabs on the skin from one landmark to another, as a finger would paint it. */
function strokeBetween(from: LandmarkName, to: LandmarkName, radiusMm: number, erase = false): PainStroke {
  const a = landmarks[from];
  const b = landmarks[to];
  const dabs = [0, 0.25, 0.5, 0.75, 1].map((t) => ({
    at: onSkin([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]),
    radiusMm,
  }));
  return { erase, dabs };
}

/** The answer as the scene used to give it: the soft brush on the skin's vertices, painted ones looked up. */
function meshAnswer(strokes: readonly PainStroke[]): AreaCandidate[] {
  const paint = new Float32Array(skin.length / 3);
  for (const s of strokes) {
    for (const d of s.dabs) {
      const r = d.radiusMm / 1000;
      for (let i = 0; i < paint.length; i++) {
        const dist = Math.hypot(skin[i * 3]! - d.at[0], skin[i * 3 + 1]! - d.at[1], skin[i * 3 + 2]! - d.at[2]);
        if (dist < r) paint[i] = paintAfterDab(paint[i]!, brushWeight(dist, r), s.erase);
      }
    }
  }
  const painted: Vec3[] = [];
  for (let i = 0; i < paint.length; i++)
    if (paint[i]! >= PAINTED) painted.push([skin[i * 3]!, skin[i * 3 + 1]!, skin[i * 3 + 2]!]);
  return musclesForPainArea(painted);
}

describe('the soft brush', () => {
  it('is solid inside 70 % of the radius, half at 85 %, nothing at the radius', () => {
    expect(brushWeight(0, 10)).toBe(1);
    expect(brushWeight(7, 10)).toBe(1);
    expect(brushWeight(8.5, 10)).toBeCloseTo(0.5);
    expect(brushWeight(10, 10)).toBe(0);
    expect(brushWeight(12, 10)).toBe(0);
  });

  it('painting keeps the stronger paint, erasing lowers it', () => {
    expect(paintAfterDab(0.8, 0.5, false)).toBe(0.8);
    expect(paintAfterDab(0.2, 0.5, false)).toBe(0.5);
    expect(paintAfterDab(1, 1, true)).toBe(0);
    expect(paintAfterDab(1, 0.3, true)).toBeCloseTo(0.7);
  });
});

describe('a pain drawing answered from its strokes', () => {
  it('a temple patch lists the temporalis and the upper trapezius, as the mesh did', () => {
    const answer = names(musclesForPainDrawing([strokeBetween('pterion-left', 'frontotemporale-left', 15)]));
    expect(answer).toContain('temporalis:left');
    expect(answer).toContain('upper-trapezius:left');
    expect(answer).not.toContain('temporalis:right');
  });

  const typical: Record<string, PainStroke> = {
    temple: strokeBetween('pterion-left', 'pterion-left', 15),
    'below the back of the skull': strokeBetween('mastoidale-left', 'inion', 12),
    forehead: strokeBetween('supraorbitale-left', 'supraorbitale-right', 12),
    jaw: strokeBetween('gonion-left', 'condylion-left', 10),
    'top of the head': strokeBetween('vertex', 'bregma', 20),
    'side of the neck': strokeBetween('c4-transverse-left', 'c6-transverse-left', 12),
    'shoulder top': strokeBetween('acromion-left', 'superior-angle-left', 15),
  };
  it.each(Object.keys(typical))('%s: the same muscles as the mesh-based answer', (name) => {
    const stroke = typical[name]!;
    const fromMesh = meshAnswer([stroke]);
    const fromStrokes = musclesForPainDrawing([stroke]);
    expect(fromStrokes.length).toBeGreaterThan(0);
    // Every muscle the mesh found to explain a fifth or more of the area is listed...
    for (const c of fromMesh.filter((m) => m.share >= 0.2)) expect(names(fromStrokes)).toContain(key(c));
    // ...and the drawing's first candidate was among the mesh's first three.
    expect(names(fromMesh).slice(0, 3)).toContain(key(fromStrokes[0]!));
  });

  it('erasing removes what it covers, and a drawing erased away answers nothing', () => {
    const temple = strokeBetween('pterion-left', 'frontotemporale-left', 15);
    const jaw = strokeBetween('gonion-left', 'condylion-left', 10);
    const both = names(musclesForPainDrawing([temple, jaw]));
    expect(both).toContain('medial-pterygoid:left');
    const jawErased = names(
      musclesForPainDrawing([
        temple,
        jaw,
        { ...jaw, erase: true, dabs: jaw.dabs.map((d) => ({ ...d, radiusMm: 20 })) },
      ]),
    );
    expect(jawErased).toEqual(names(musclesForPainDrawing([temple])));
    const allErased = [temple, { erase: true, dabs: temple.dabs.map((d) => ({ ...d, radiusMm: 25 })) }];
    expect(paintedSamples(allErased)).toEqual([]);
    expect(musclesForPainDrawing(allErased)).toEqual([]);
    // Order matters: paint laid over an erasure stays.
    expect(musclesForPainDrawing([allErased[1]!, temple]).length).toBeGreaterThan(0);
  });

  it('an empty drawing answers nothing', () => {
    expect(musclesForPainDrawing([])).toEqual([]);
    expect(musclesForPainDrawing([{ erase: false, dabs: [] }])).toEqual([]);
    expect(musclesForPainDrawing([{ erase: true, dabs: [{ at: landmarks['pterion-left'], radiusMm: 20 }] }])).toEqual(
      [],
    );
  });

  it('does not depend on any mesh: a dab on the skin and one on the skull beneath answer alike', () => {
    const onSkinStroke = strokeBetween('pterion-left', 'frontotemporale-left', 15);
    const inward = (p: Vec3): Vec3 => {
      const d = radialDirection(p);
      return [p[0] - d[0] * 0.006, p[1] - d[1] * 0.006, p[2] - d[2] * 0.006];
    };
    const onBone = { erase: false, dabs: onSkinStroke.dabs.map((d) => ({ ...d, at: inward(d.at) })) };
    expect(names(musclesForPainDrawing([onBone]))).toEqual(names(musclesForPainDrawing([onSkinStroke])));
  });

  it('a single dab of the smallest brush answers wherever it lands on the head and neck', () => {
    // 0.85 of the radius is where the soft brush paints at half strength.
    expect(SAMPLE_GAP_M).toBeLessThanOrEqual((0.85 * BRUSH_MIN_MM) / 1000);
    for (let i = 0; i < skin.length / 3; i += 97) {
      const at: Vec3 = [skin[i * 3]!, skin[i * 3 + 1]!, skin[i * 3 + 2]!];
      expect(
        paintedSamples([{ erase: false, dabs: [{ at, radiusMm: BRUSH_MIN_MM }] }]).length,
        `dab at ${at.join(', ')}`,
      ).toBeGreaterThan(0);
    }
  });
});

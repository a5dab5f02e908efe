import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { gzipBytes, sameScriptIn } from '../../scripts/bench/node-figures';
import { rows, TARGETS, type Figures } from '../../scripts/bench/report';

/** Figures that meet every target; each case changes only what it is about. */
const figures = (over: Partial<Figures> = {}): Figures => ({
  jsGzipBytes: { viewer: 100_000, reference: 90_000, gltfPeer: 95_000 },
  model: { bytes: 2e6, triangles: 300_000, decodeMs: 150 },
  firstFrameMs: { viewer: 1000, reference: 700, gltfPeer: 900 },
  frameMs: { viewer: 180, reference: 150 },
  skinning: { restMs: 180, heldMs: 182, playingMs: 200, shaderHeldMs: 230, posedTwins: 40 },
  selectMs: 200,
  idleFrames: 0,
  moveFrames: 5,
  lookup: { pointsPerSecond: 40_000, painAreaMs: 20 },
  heap: {
    after100Bytes: 1e6,
    after1000Bytes: 1.01e6,
    growth: 0.01,
    snapshotGrowthBytes: { code: 0, arrayBuffers: 0, browserRecords: 0, rest: 0 },
  },
  lighthouse: { viewer: { totalBlockingMs: 300, score: 80 }, gltfPeer: { totalBlockingMs: 250, score: 85 } },
  blocking: {
    viewer: { blockingMs: 900, outsideWebGLMs: 300, webGLMs: 650, programMs: 540, parallelCompile: false },
    gltfPeer: { blockingMs: 400, outsideWebGLMs: 200, webGLMs: 250, programMs: 90, parallelCompile: false },
  },
  ...over,
});

const row = (f: Figures, figure: string) => rows(f).find((r) => r.figure === figure)!;
const LOAD = 'Navigation to first frame with the model (viewer / glTF peer)';
const JS = 'JS for first frame, gzip (viewer / glTF peer)';

describe('bench rows against the glTF peer', () => {
  it('report the ratio viewer / peer and meet the target up to it and no further', () => {
    const at = (viewer: number) => row(figures({ firstFrameMs: { viewer, reference: 700, gltfPeer: 1000 } }), LOAD);
    expect(at(1400).value).toBe('1400 ms / 1000 ms = 1.40');
    expect(at(1400).met).toBe(true);
    expect(at(1401).met).toBe(false);
    const js = (viewer: number) => row(figures({ jsGzipBytes: { viewer, reference: 1, gltfPeer: 102_400 } }), JS);
    expect(js(122_880).value).toBe('120.0 KiB / 100.0 KiB = 1.20');
    expect(js(122_880).met).toBe(true);
    expect(js(122_881).met).toBe(false);
  });

  it('take their targets from one place', () => {
    expect(row(figures(), LOAD).target).toBe(`<= ${TARGETS.firstFrame}`);
    expect(row(figures(), JS).target).toBe(`<= ${TARGETS.jsGzip}`);
    expect(rows(figures()).every((r) => r.met !== false)).toBe(true);
  });
});

describe('bench rows against the reference scene and the peer under Lighthouse', () => {
  const FRAME = 'One frame (viewer / reference)';
  const SELECT = 'Select a muscle -> zone drawn, in reference frames';
  const TBT = 'Lighthouse total blocking time, desktop (viewer / glTF peer)';
  const SCORE = 'Lighthouse performance score, desktop (viewer / glTF peer)';

  it('hold a frame to 1.3 reference frames and a selection to 1.5', () => {
    const at = (viewer: number, selectMs = 100) => figures({ frameMs: { viewer, reference: 100 }, selectMs });
    expect(row(at(130), FRAME).value).toBe('130.0 ms / 100.0 ms = 1.30');
    expect(row(at(130), FRAME).met).toBe(true);
    expect(row(at(131), FRAME).met).toBe(false);
    expect(row(at(100, 150), SELECT).met).toBe(true);
    expect(row(at(100, 151), SELECT).met).toBe(false);
  });

  it('hold blocking time to 1.5 times the peer and the score to 10 points below it', () => {
    const lh = (tbt: number, score: number) =>
      figures({
        lighthouse: { viewer: { totalBlockingMs: tbt, score }, gltfPeer: { totalBlockingMs: 200, score: 90 } },
      });
    expect(row(lh(300, 80), TBT).value).toBe('300 ms / 200 ms = 1.50');
    expect(row(lh(300, 80), TBT).met).toBe(true);
    expect(row(lh(301, 80), TBT).met).toBe(false);
    expect(row(lh(300, 80), SCORE).met).toBe(true);
    expect(row(lh(300, 79), SCORE).met).toBe(false);
  });

  it("tell how much of the blocking time compiles programs, and whether WebGL compiles off the page's thread", () => {
    const PROGRAMS = "Of it compiling programs, and whether WebGL compiles off the page's thread (viewer / glTF peer)";
    const base = figures().blocking;
    expect(row(figures(), PROGRAMS).value).toBe(
      '540 ms, no KHR_parallel_shader_compile / 90 ms, no KHR_parallel_shader_compile',
    );
    const onGpu = figures({ blocking: { ...base, viewer: { ...base.viewer, parallelCompile: true } } });
    expect(row(onGpu, PROGRAMS).value).toBe('540 ms, parallel / 90 ms, no KHR_parallel_shader_compile');
    expect(row(onGpu, PROGRAMS).met).toBeNull();
  });

  it('hold decoding the model in the page to 300 ms', () => {
    const DECODE = 'Model decoded in the page (meshopt and glTF parse), median of 5';
    const at = (decodeMs: number) => row(figures({ model: { bytes: 2e6, triangles: 300_000, decodeMs } }), DECODE);
    expect(at(300).value).toBe('300 ms');
    expect(at(300).met).toBe(true);
    expect(at(301).met).toBe(false);
  });

  it("hold posing to a fifth of a playing stretch's frame, and show the held frame beside the shader's", () => {
    const POSING = 'Posing: share of a frame of a playing stretch (posed anew and drawn vs at rest)';
    const HELD = 'Posing: a frame held in the stretch, as drawn / skinned in the shader (share vs at rest)';
    const at = (playingMs: number) =>
      figures({ skinning: { restMs: 80, heldMs: 82, playingMs, shaderHeldMs: 100, posedTwins: 40 } });
    expect(row(at(100), POSING).value).toBe('100.0 ms vs 80.0 ms = 20 %');
    expect(row(at(100), POSING).met).toBe(true);
    expect(row(at(101), POSING).met).toBe(false);
    expect(row(at(100), HELD).value).toBe('82.0 ms (2 %) / 100.0 ms (20 %)');
    expect(row(at(100), HELD).met).toBeNull();
  });

  it("hold the page's own heap after 1,000 actions to 5 % over its size after 100", () => {
    const heap = (growth: number) => ({ ...figures().heap, growth });
    const HEAP = "Page's own heap after 1,000 actions vs after 100";
    expect(row(figures({ heap: heap(0.05) }), HEAP).met).toBe(true);
    expect(row(figures({ heap: heap(0.051) }), HEAP).met).toBe(false);
  });
});

describe('gzipBytes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-gzip-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const a = 'const a = 1;\n'.repeat(500);
  const b = Array.from({ length: 2000 }, (_, i) => `x${i * 7919}`).join(',');
  writeFileSync(join(dir, 'a.js'), a);
  writeFileSync(join(dir, 'b.js'), b);
  const gz = (s: string) => gzipSync(s, { level: 9 }).byteLength;

  it('sums each requested file gzipped, a file requested twice counted once', () => {
    expect(gzipBytes(dir, ['/a.js', '/b.js', '/a.js'])).toBe(gz(a) + gz(b));
    expect(gzipBytes(dir, ['/b.js'])).toBe(gz(b));
    expect(gzipBytes(dir, [])).toBe(0);
  });
});

describe('sameScriptIn', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-build-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'assets'));
  for (const f of [
    'assets/main-Ab_3-x9Z.js',
    'assets/Viewport-qwr2ddl5.js',
    'assets/main-menu-CqL8Dto4.js',
    'registerSW.js',
  ])
    writeFileSync(join(dir, f), '');

  it('finds the chunk of the same name and folder in the other build, whatever its hash', () => {
    expect(sameScriptIn(dir, '/assets/main-DWEmjYV9.js')).toBe('/assets/main-Ab_3-x9Z.js');
    expect(sameScriptIn(dir, '/assets/Viewport-BqWOVyxS.js')).toBe('/assets/Viewport-qwr2ddl5.js');
    expect(sameScriptIn(dir, '/assets/main-menu-00000000.js')).toBe('/assets/main-menu-CqL8Dto4.js');
    expect(sameScriptIn(dir, '/registerSW.js')).toBe('/registerSW.js');
  });

  it('names the script a build lacks rather than counting nothing for it', () => {
    expect(() => sameScriptIn(dir, '/assets/QuizMode-CDtmaptl.js')).toThrow(/QuizMode-CDtmaptl\.js: 0 files/);
  });
});

describe('bench rows splitting blocking time', () => {
  it('report the time inside WebGL calls and the ratio of the rest, without a target of their own', () => {
    const f = figures();
    expect(row(f, 'Blocking time of a cold load, of it inside WebGL calls (viewer / glTF peer)').value).toBe(
      '900 ms (650 ms in WebGL) / 400 ms (250 ms in WebGL)',
    );
    const outside = row(f, 'Blocking time outside WebGL calls (viewer / glTF peer)');
    expect(outside.value).toBe('300 ms / 200 ms = 1.50');
    expect(outside.met).toBeNull();
  });
});

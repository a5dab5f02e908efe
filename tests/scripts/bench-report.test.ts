import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { gzipBytes } from '../../scripts/bench/node-figures';
import { PEER_TARGETS, rows, type Figures } from '../../scripts/bench/report';

/** Figures that meet every target; each case changes only what it is about. */
const figures = (over: Partial<Figures> = {}): Figures => ({
  jsGzipBytes: { viewer: 100_000, reference: 90_000, gltfPeer: 95_000 },
  model: { bytes: 2e6, triangles: 300_000 },
  firstFrameMs: { viewer: 1000, reference: 700, gltfPeer: 900 },
  frameMs: { viewer: 200, reference: 150 },
  selectMs: 200,
  idleFrames: 0,
  moveFrames: 5,
  lookup: { pointsPerSecond: 40_000, painAreaMs: 20 },
  heap: {
    afterFirstBytes: 1e6,
    afterManyBytes: 1.01e6,
    growth: 0.01,
    snapshotGrowthBytes: { code: 0, arrayBuffers: 0, browserRecords: 0, rest: 0 },
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

  it('keep the reference rows beside them, with targets from one place', () => {
    const figuresNamed = rows(figures()).map((r) => r.figure);
    expect(figuresNamed).toContain('JS for first frame, gzip (viewer / reference)');
    expect(figuresNamed).toContain('Navigation to first frame (viewer / reference)');
    expect(row(figures(), LOAD).target).toBe(`<= ${PEER_TARGETS.firstFrame}`);
    expect(row(figures(), JS).target).toBe(`<= ${PEER_TARGETS.jsGzip}`);
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

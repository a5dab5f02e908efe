/** One figure of `npm run bench`, its target and whether it is met. */
export interface Row {
  readonly figure: string;
  readonly value: string;
  readonly target: string;
  /** null: reported only, no target. */
  readonly met: boolean | null;
}

export interface Figures {
  /** The glTF peer (`gltfPeer`): drei's useGLTF showing the same model, scripts/bench/gltf-peer/. */
  readonly jsGzipBytes: { viewer: number; reference: number; gltfPeer: number };
  readonly model: { bytes: number; triangles: number };
  readonly firstFrameMs: { viewer: number; reference: number; gltfPeer: number };
  readonly frameMs: { viewer: number; reference: number };
  readonly selectMs: number;
  readonly idleFrames: number;
  readonly moveFrames: number;
  readonly lookup: { pointsPerSecond: number; painAreaMs: number };
  readonly heap: {
    afterFirstBytes: number;
    afterManyBytes: number;
    growth: number;
    snapshotGrowthBytes: { code: number; arrayBuffers: number; browserRecords: number; rest: number };
  };
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
const ratio = (a: number, b: number) => a / b;

/** Targets of issue 14 against the glTF peer, each a ratio measured in the same run. */
export const PEER_TARGETS = { firstFrame: 1.4, jsGzip: 1.2 } as const;

export function rows(f: Figures): Row[] {
  const js = ratio(f.jsGzipBytes.viewer, f.jsGzipBytes.reference);
  const jsPeer = ratio(f.jsGzipBytes.viewer, f.jsGzipBytes.gltfPeer);
  const load = ratio(f.firstFrameMs.viewer, f.firstFrameMs.reference);
  const loadPeer = ratio(f.firstFrameMs.viewer, f.firstFrameMs.gltfPeer);
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const select = ratio(f.selectMs, f.frameMs.reference);
  const g = f.heap.snapshotGrowthBytes;
  return [
    {
      figure: 'JS for first frame, gzip (viewer / reference)',
      value: `${kb(f.jsGzipBytes.viewer)} / ${kb(f.jsGzipBytes.reference)} = ${js.toFixed(2)}`,
      target: '<= 1.3',
      met: js <= 1.3,
    },
    {
      figure: 'JS for first frame, gzip (viewer / glTF peer)',
      value: `${kb(f.jsGzipBytes.viewer)} / ${kb(f.jsGzipBytes.gltfPeer)} = ${jsPeer.toFixed(2)}`,
      target: `<= ${PEER_TARGETS.jsGzip}`,
      met: jsPeer <= PEER_TARGETS.jsGzip,
    },
    {
      figure: 'Model size',
      value: `${(f.model.bytes / 1e6).toFixed(2)} MB`,
      target: '<= 3 MB',
      met: f.model.bytes <= 3e6,
    },
    {
      figure: 'Model triangles',
      value: f.model.triangles.toLocaleString('en'),
      target: '<= 400,000',
      met: f.model.triangles <= 400_000,
    },
    {
      figure: 'Navigation to first frame (viewer / reference)',
      value: `${f.firstFrameMs.viewer.toFixed(0)} ms / ${f.firstFrameMs.reference.toFixed(0)} ms = ${load.toFixed(2)}`,
      target: '<= 2.0',
      met: load <= 2,
    },
    {
      figure: 'Navigation to first frame with the model (viewer / glTF peer)',
      value: `${ms(f.firstFrameMs.viewer)} / ${ms(f.firstFrameMs.gltfPeer)} = ${loadPeer.toFixed(2)}`,
      target: `<= ${PEER_TARGETS.firstFrame}`,
      met: loadPeer <= PEER_TARGETS.firstFrame,
    },
    {
      figure: 'One frame (viewer / reference)',
      value: `${f.frameMs.viewer.toFixed(1)} ms / ${f.frameMs.reference.toFixed(1)} ms`,
      target: '-',
      met: null,
    },
    {
      figure: 'Select a muscle -> zone drawn, in reference frames',
      value: `${f.selectMs.toFixed(1)} ms = ${select.toFixed(2)} frames`,
      target: '<= 2 frames',
      met: select <= 2,
    },
    { figure: 'Frames drawn while idle for 2 s', value: String(f.idleFrames), target: '0', met: f.idleFrames === 0 },
    { figure: 'Frames drawn during a camera move', value: String(f.moveFrames), target: '> 0', met: f.moveFrames > 0 },
    {
      figure: 'musclesReferringTo throughput (Node)',
      value: `${Math.round(f.lookup.pointsPerSecond).toLocaleString('en')} points/s`,
      target: '-',
      met: null,
    },
    {
      figure: 'musclesForPainArea, 2,000 points (Node)',
      value: `${f.lookup.painAreaMs.toFixed(1)} ms`,
      target: '-',
      met: null,
    },
    {
      figure: 'JS heap after 500 selections + 500 lookups vs after 1',
      value: `${kb(f.heap.afterFirstBytes)} -> ${kb(f.heap.afterManyBytes)} (${(f.heap.growth * 100).toFixed(1)}%)`,
      target: '<= 5%',
      met: f.heap.growth <= 0.05,
    },
    {
      figure: 'Heap snapshot growth: compiled code / typed arrays / browser records / rest',
      value: [g.code, g.arrayBuffers, g.browserRecords, g.rest].map(kb).join(' / '),
      target: '-',
      met: null,
    },
  ];
}

export function table(rs: readonly Row[]): string {
  const cells = rs.map((r) => [r.figure, r.value, r.target, r.met === null ? '' : r.met ? 'met' : 'NOT MET']);
  const head = ['Figure', 'Value', 'Target', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) => c.map((x, i) => x.padEnd(widths[i]!)).join(' | ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)].join('\n');
}

import { mToMm } from '../../src/mapping';
import type { PainStroke } from '../../src/state';

/**
 * A pain drawing in the first link format ("12:57.30.35_58.31.35;e8:..."), as the viewer wrote
 * it before the compact one: links sent then must still open, and the new format is measured
 * against it.
 */
export function legacyDrawing(strokes: readonly PainStroke[]): string {
  const mm = (m: number) => Math.round(mToMm(m));
  return strokes
    .map((s) => {
      const dabs = s.dabs.map((d) => d.at.map(mm).join('.')).join('_');
      return `${s.erase ? 'e' : ''}${s.dabs[0]!.radiusMm}:${dabs}`;
    })
    .join(';');
}

import { jawAndFacePain } from './jaw-and-face-pain';
import { neckPainAndHeadaches } from './neck-pain-and-headaches';
import type { Tour } from './types';

export type * from './types';

/** Guided tours, as data: the viewer plays a step by applying its camera, layers and selection. */
export const tours: readonly Tour[] = [neckPainAndHeadaches, jawAndFacePain];

export function getTour(id: string): Tour | undefined {
  return tours.find((t) => t.id === id);
}

import { muscles as catalogue, type MuscleId, type Side } from '../../../src/mapping';
import type { MuscleFigures } from './figures';
import type { MeasureScene } from './model';

/** One judged figure: which numbered check of the targets file, on what, the value beside its target. */
export interface CheckResult {
  readonly check: number;
  readonly what: string;
  readonly subject: string;
  readonly value: string;
  readonly target: string;
  readonly pass: boolean;
}

/** What every judging step shares: the scene, each muscle's figures and where results go. */
export interface Bench {
  readonly scene: MeasureScene;
  readonly figures: ReadonlyMap<string, MuscleFigures>;
  readonly fig: (id: MuscleId, side: Side) => MuscleFigures | undefined;
  readonly push: (check: number, what: string, subject: string, value: string, target: string, pass: boolean) => void;
}

export const f1 = (x: number): string => (Number.isFinite(x) ? x.toFixed(1) : String(x));
export const f2 = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : String(x));
export const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
export const band = ([lo, hi]: readonly [number, number]): string => `${lo}-${hi}`;
export const layerOf = (id: MuscleId): number => catalogue.find((m) => m.id === id)?.layer ?? 1;

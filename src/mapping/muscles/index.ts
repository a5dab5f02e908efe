import type { Muscle } from '../types';
import { upperTrapezius } from './upper-trapezius';

/**
 * The muscle catalogue, each muscle once; every muscle exists on both sides. Order is the
 * order of the lists in the viewer (by group, superficial first).
 */
export const muscles: readonly Muscle[] = [upperTrapezius];

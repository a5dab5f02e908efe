import { mmToM, mToMm, type Vec3 } from '../mapping';
import { BRUSH_MAX_MM, BRUSH_MIN_MM, MAX_DABS } from './defaults';
import type { PainStroke } from './types';

/**
 * A pain drawing in a link, compact enough for a QR code and a text message. A stroke is a trail
 * of dabs a few millimetres apart (the brush lays one every third of its radius), so after the
 * first dab each one is written as its step from the one before, mostly in two characters.
 *
 *   d=.MhKgUgebEX.*IhKgUge     each stroke opens with "."
 *     "*"     an eraser stroke (left out for paint)
 *     M       the brush radius in mm (12), one character
 *     hKgUge  the first dab: x, y, z in mm (74, 20, 30), two characters each, offset by 2048
 *     eb      a later dab whose step is at most 7 mm along each axis: the three steps as one
 *             number, ((x + 7) * 15 + y + 7) * 15 + z + 7, in two characters (the first below "1")
 *     1fif    a longer step: "1", then one character per axis, "f" for 0 (-31..31 mm);
 *             "_" instead of an axis's step means the next two characters are its position
 *
 * Characters are the URL-safe base-64 alphabet and ".", which a query string carries unescaped.
 * Without the opening ".", most short words would read as a dab somewhere in space. Links
 * written before this format ("12:57.30.35_58.31.35;e8:...") still open: see decodeLegacyStrokes.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Opens each stroke: a value that does not start with it (or hold the first format's ":") is no drawing. */
const MARK = '.';
/** The one digit a step never takes (steps use 0..62). */
const JUMP = '_';
const STEP_MAX = 31;
/** Steps of up to 7 mm a side: 15 ** 3 = 3375 values fit two digits' 4096, with first digits 0..52. */
const SMALL = 7;
const SPAN = 2 * SMALL + 1;
/** The first digit after the small steps' (ALPHABET[53] = "1"): a longer step follows. */
const WIDE = ALPHABET[53]!;
const OFFSET = 2048;
/** Positions outside a metre of the head's centre are no drawing of ours. */
const MAX_MM = 1000;

const digit = (c: string | undefined): number => (c === undefined ? -1 : ALPHABET.indexOf(c));
const mm = (v: number): number => Math.round(mToMm(v));
const two = (n: number): string => ALPHABET[(n + OFFSET) >> 6]! + ALPHABET[(n + OFFSET) & 63]!;

function encodeStroke(stroke: PainStroke): string {
  const radius = Math.round(stroke.dabs[0]!.radiusMm);
  let out = (stroke.erase ? '*' : '') + ALPHABET[radius]!;
  let prev: number[] | null = null;
  for (const dab of stroke.dabs) {
    const at = dab.at.map(mm);
    if (!prev) out += at.map(two).join('');
    else {
      const step = at.map((v, i) => v - prev![i]!);
      if (step.every((d) => Math.abs(d) <= SMALL)) {
        const n = ((step[0]! + SMALL) * SPAN + step[1]! + SMALL) * SPAN + step[2]! + SMALL;
        out += ALPHABET[n >> 6]! + ALPHABET[n & 63]!;
      } else {
        out += WIDE;
        for (let i = 0; i < 3; i++)
          out += Math.abs(step[i]!) <= STEP_MAX ? ALPHABET[step[i]! + STEP_MAX]! : JUMP + two(at[i]!);
      }
    }
    prev = at;
  }
  return out;
}

/** The drawing as the `d` parameter's value; empty strokes are left out. */
export function encodeStrokes(strokes: readonly PainStroke[]): string {
  const drawn = strokes.filter((s) => s.dabs.length > 0);
  return drawn.map((s) => MARK + encodeStroke(s)).join('');
}

/** One stroke, or null if any of it is malformed: a half-read stroke would draw something never drawn. */
function decodeStroke(text: string, budget: number): PainStroke | null {
  const erase = text.startsWith('*');
  const body = erase ? text.slice(1) : text;
  const radius = digit(body[0]);
  if (radius < BRUSH_MIN_MM || radius > BRUSH_MAX_MM) return null;
  let i = 1;
  const absolute = (): number | null => {
    const hi = digit(body[i]);
    const lo = digit(body[i + 1]);
    i += 2;
    if (hi < 0 || lo < 0) return null;
    const n = hi * 64 + lo - OFFSET;
    return Math.abs(n) <= MAX_MM ? n : null;
  };
  const first = [absolute(), absolute(), absolute()];
  if (first.some((n) => n === null)) return null;
  const at = first as number[];
  const dabs: { at: Vec3; radiusMm: number }[] = [];
  const push = () => dabs.push({ at: [mmToM(at[0]!), mmToM(at[1]!), mmToM(at[2]!)], radiusMm: radius });
  push();
  while (i < body.length && dabs.length < budget) {
    const lead = digit(body[i]);
    if (lead < 0) return null;
    if (lead < 53) {
      const lo = digit(body[i + 1]);
      const n = lead * 64 + lo;
      i += 2;
      if (lo < 0 || n >= SPAN ** 3) return null;
      const step = [Math.floor(n / SPAN ** 2), Math.floor(n / SPAN) % SPAN, n % SPAN];
      for (let axis = 0; axis < 3; axis++) at[axis] = at[axis]! + step[axis]! - SMALL;
      if (at.some((v) => Math.abs(v) > MAX_MM)) return null;
      push();
      continue;
    }
    if (body[i++] !== WIDE) return null;
    for (let axis = 0; axis < 3; axis++) {
      let n: number | null;
      if (body[i] === JUMP) {
        i++;
        n = absolute();
      } else {
        const step = digit(body[i++]);
        n = step < 0 ? null : at[axis]! + step - STEP_MAX;
      }
      if (n === null || Math.abs(n) > MAX_MM) return null;
      at[axis] = n;
    }
    push();
  }
  return { erase, dabs };
}

/** The `d` parameter in either format; `bad` is set if any part was ignored. */
export function decodeStrokes(text: string): { strokes: PainStroke[]; bad: boolean } {
  if (text.includes(':')) return decodeLegacyStrokes(text);
  const strokes: PainStroke[] = [];
  if (!text.startsWith(MARK)) return { strokes, bad: true };
  let total = 0;
  let bad = false;
  for (const part of text.slice(MARK.length).split(MARK)) {
    const stroke = total < MAX_DABS ? decodeStroke(part, MAX_DABS - total) : null;
    if (stroke) {
      strokes.push(stroke);
      total += stroke.dabs.length;
    } else if (total < MAX_DABS) bad = true;
  }
  return { strokes, bad };
}

function vecFromMm(text: string): Vec3 | null {
  const parts = text.split(/[.,]/);
  if (parts.length !== 3) return null;
  const n = parts.map((t) => (/^-?\d{1,4}$/.test(t.trim()) ? Number(t) : NaN));
  if (n.some((x) => !Number.isFinite(x) || Math.abs(x) > MAX_MM)) return null;
  return [mmToM(n[0]!), mmToM(n[1]!), mmToM(n[2]!)];
}

/** The first format, three times longer: "[e]radius:x.y.z_x.y.z;..." in whole millimetres. */
function decodeLegacyStrokes(text: string): { strokes: PainStroke[]; bad: boolean } {
  const strokes: PainStroke[] = [];
  let total = 0;
  let bad = false;
  for (const part of text.split(';')) {
    const match = /^(e?)(\d{1,3}):(.+)$/.exec(part);
    const radius = Number(match?.[2]);
    if (!match || radius < BRUSH_MIN_MM || radius > BRUSH_MAX_MM) {
      bad = true;
      continue;
    }
    const dabs = [];
    for (const d of match[3]!.split('_')) {
      const at = vecFromMm(d);
      if (!at) bad = true;
      else if (total < MAX_DABS) {
        dabs.push({ at, radiusMm: radius });
        total++;
      }
    }
    if (dabs.length > 0) strokes.push({ erase: match[1] === 'e', dabs });
  }
  return { strokes, bad };
}

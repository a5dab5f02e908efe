import { z } from 'zod';
import { getPainRegion, isMuscleId, sides } from '../mapping';
import { viewNames } from '../display';
import { stretches } from '../movement';
import { modes } from '../state/types';
import { getTour } from '../tours';

// zod would otherwise probe `new Function('')` to decide whether to compile fast parsers; the
// Content Security Policy forbids eval, so the probe is refused and reported as a violation.
z.config({ jitless: true });

/**
 * The postMessage API as zod schemas. Every incoming message is parsed here; anything that does
 * not match, including unknown muscles, tours, stretches and regions, is malformed and changes nothing.
 */

const side = z.enum(sides);
/** Whatever the host uses to pair a reply with its request. */
export const requestId = z.union([z.string().max(100), z.number().finite()]);
/** Model space, metres: the head fits well inside a metre of the origin. */
const coordinate = z.number().min(-1).max(1);

const muscleId = z.string().max(100).refine(isMuscleId, 'unknown muscle');
const tourId = z
  .string()
  .max(100)
  .refine((id) => !!getTour(id), 'unknown tour');
const stretchId = z
  .string()
  .max(100)
  .refine((id) => stretches.some((s) => s.id === id), 'unknown stretch');
const regionId = z
  .string()
  .max(100)
  .refine((id) => !!getPainRegion(id), 'unknown region');

export const selectMessage = z.object({
  type: z.literal('htp:select'),
  requestId: requestId.optional(),
  /** null clears the selection. */
  muscleId: muscleId.nullable(),
  side: side.default('left'),
  view: z.enum(viewNames as [string, ...string[]]).optional(),
});

export const startTourMessage = z
  .object({
    type: z.literal('htp:start-tour'),
    requestId: requestId.optional(),
    tourId,
    /** 1-based, as in a link. */
    step: z.number().int().min(1).optional(),
  })
  .refine((m) => m.step === undefined || m.step <= getTour(m.tourId)!.steps.length, {
    message: 'no such step',
    path: ['step'],
  });

export const endTourMessage = z.object({ type: z.literal('htp:end-tour'), requestId: requestId.optional() });

export const lookupMessage = z
  .object({
    type: z.literal('htp:lookup'),
    requestId: requestId.optional(),
    point: z.tuple([coordinate, coordinate, coordinate]).optional(),
    regionId: regionId.optional(),
    side: side.optional(),
  })
  .refine((m) => (m.point === undefined) !== (m.regionId === undefined), 'give either a point or a regionId');

export const setModeMessage = z.object({
  type: z.literal('htp:set-mode'),
  requestId: requestId.optional(),
  mode: z.enum(modes as [string, ...string[]]),
});

/** A stretch by its id (`src/movement/stretches.ts`): played on the head beside its muscle. */
export const startStretchMessage = z.object({
  type: z.literal('htp:start-stretch'),
  requestId: requestId.optional(),
  stretchId,
  /** The side of the muscle stretched. */
  side,
  /** The end position at once, without motion (as a link shows it, and under reduced motion). */
  still: z.boolean().optional(),
});

export const stopStretchMessage = z.object({ type: z.literal('htp:stop-stretch'), requestId: requestId.optional() });

export const messageTypes = [
  'htp:select',
  'htp:start-tour',
  'htp:end-tour',
  'htp:lookup',
  'htp:set-mode',
  'htp:start-stretch',
  'htp:stop-stretch',
] as const;

/**
 * Schemas by message type, in a Map: a type is whatever string a page sends, and looking it up
 * in a plain object would find inherited members (`__proto__`, `constructor`, `toString`).
 */
const schemas: ReadonlyMap<string, z.ZodType> = new Map<(typeof messageTypes)[number], z.ZodType>([
  ['htp:select', selectMessage],
  ['htp:start-tour', startTourMessage],
  ['htp:end-tour', endTourMessage],
  ['htp:lookup', lookupMessage],
  ['htp:set-mode', setModeMessage],
  ['htp:start-stretch', startStretchMessage],
  ['htp:stop-stretch', stopStretchMessage],
]);

export type InboundMessage =
  | z.infer<typeof selectMessage>
  | z.infer<typeof startTourMessage>
  | z.infer<typeof endTourMessage>
  | z.infer<typeof lookupMessage>
  | z.infer<typeof setModeMessage>
  | z.infer<typeof startStretchMessage>
  | z.infer<typeof stopStretchMessage>;

export type ParseResult =
  | { readonly ok: true; readonly message: InboundMessage }
  /** requestId is set only when the sender gave a well-formed one, so an error can be paired. */
  | { readonly ok: false; readonly requestId?: string | number; readonly error: string };

/** The sender's requestId if it is a sane one; never anything else of the data. */
export function requestIdOf(data: unknown): string | number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const parsed = requestId.safeParse((data as Record<string, unknown>).requestId);
  return parsed.success ? parsed.data : undefined;
}

export function parseMessage(data: unknown): ParseResult {
  const id = requestIdOf(data);
  const type = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).type : undefined;
  const schema = typeof type === 'string' ? schemas.get(type) : undefined;
  if (!schema) return { ok: false, requestId: id, error: 'unknown message type' };
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, message: parsed.data as InboundMessage };
  // The first problem, named by its field: zod's wording does not repeat the sender's values.
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return { ok: false, requestId: id, error: `${where}${issue.message}`.slice(0, 200) };
}

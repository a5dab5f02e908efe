import { z } from 'zod';
import { isLandmarkRef } from './landmarks';
import { isSourceId } from './sources';
import { symptomTags } from './symptoms';

/**
 * Runtime schema of the catalogue, a muscle with its story joined in (`DescribedMuscle`, from
 * `describeMuscle`). The TypeScript types catch shape errors at build time;
 * this catches what types cannot (id spelling, ranges, empty lists) and serves any tool that
 * loads catalogue data from outside the code.
 */
const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');
const finite = z.number().finite();
const vec3 = z.tuple([finite, finite, finite]);
const landmarkRef = z.string().refine(isLandmarkRef, 'unknown landmark (anchors name paired ones without the side)');
const sourceId = z.string().refine(isSourceId, 'unknown source');

export const anchorSchema = z
  .object({
    landmark: landmarkRef,
    toward: landmarkRef.optional(),
    t: z.number().min(0).max(1).optional(),
    offsetMm: vec3.optional(),
    opposite: z.boolean().optional(),
  })
  .strict();

export const strokeSchema = z
  .object({
    path: z.array(anchorSchema).min(1),
    radiusMm: z.number().min(3).max(80),
    peak: z.number().gt(0).max(1).optional(),
  })
  .strict();

export const zoneSchema = z
  .object({
    level: z.enum(['essential', 'spillover']),
    description: z.string().min(5),
    strokes: z.array(strokeSchema).min(1),
    uncertain: z.boolean().optional(),
  })
  .strict();

export const triggerPointSchema = z
  .object({
    id: kebab,
    name: z.string().min(3),
    location: z.string().min(10),
    at: anchorSchema,
    zones: z.array(zoneSchema).min(1),
    sources: z.array(sourceId).min(1),
    uncertain: z.boolean().optional(),
  })
  .strict();

export const muscleSchema = z
  .object({
    id: kebab,
    name: z.string().min(3),
    plainName: z.string().min(3),
    group: z.enum(['posterior-neck', 'suboccipital', 'lateral-neck', 'anterior-neck', 'jaw', 'scalp-and-face']),
    layer: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    origin: z.string().min(5),
    insertion: z.string().min(5),
    innervation: z.string().min(3),
    action: z.string().min(5),
    referralSummary: z.string().min(10),
    triggerPoints: z.array(triggerPointSchema).min(1),
    symptoms: z.array(z.object({ text: z.string().min(3), tags: z.array(z.enum(symptomTags)).min(1) }).strict()).min(1),
    perpetuatingFactors: z.array(z.string().min(3)).min(1),
    clinicalFrequency: z.number().min(0).max(1),
    frequencyNote: z.string().min(5),
    refersToHead: z.boolean(),
    sources: z.array(sourceId).min(1),
    uncertain: z.boolean().optional(),
    notes: z.string().optional(),
  })
  .strict();

import type { MuscleId } from './muscles/ids';
import type { Side } from './side';
import type { SourceId } from './sources';

/**
 * Muscles a clinician examines, and the literature reports, as one: lookups answer with one entry
 * for them, which opens to its members. The four suboccipitals lie too close together under the
 * semispinalis capitis to be told apart by palpation, and the trigger point literature gives one
 * referral pattern for the group; the tension-type headache studies count them as one finding.
 */
export interface ExaminedGroup {
  /** Stable kebab-case id; the message catalogues name the group by it (`muscle-names`). */
  readonly id: string;
  readonly name: string;
  readonly plainName: string;
  /** In anatomical order: the order the entry opens in when members tie. */
  readonly members: readonly MuscleId[];
  readonly sources: readonly SourceId[];
}

export const examinedGroups = [
  {
    id: 'suboccipital-muscles',
    name: 'Suboccipital muscles',
    plainName: 'Deep muscles under the base of the skull',
    members: [
      'rectus-capitis-posterior-major',
      'rectus-capitis-posterior-minor',
      'obliquus-capitis-superior',
      'obliquus-capitis-inferior',
    ],
    sources: ['TS-1999', 'FdlP-JBMT2010'],
  },
] as const satisfies readonly ExaminedGroup[];

export type ExaminedGroupId = (typeof examinedGroups)[number]['id'];

const groupOfMuscle = new Map<string, ExaminedGroup>(
  examinedGroups.flatMap((g) => g.members.map((id) => [id, g] as const)),
);

/** The group a muscle is examined in, if any. */
export function examinedGroupOf(muscleId: string): ExaminedGroup | undefined {
  return groupOfMuscle.get(muscleId);
}

export function getExaminedGroup(id: string): ExaminedGroup | undefined {
  return examinedGroups.find((g) => g.id === id);
}

/** One row of a ranked answer: a muscle on its own, or a group standing for its members. */
export type RankedEntry<C> =
  | { readonly kind: 'muscle'; readonly candidate: C }
  | {
      readonly kind: 'group';
      readonly groupId: ExaminedGroupId;
      readonly side: Side;
      /** The strongest member: the group ranks, and shows its figures, as this member. */
      readonly lead: C;
      /** Every member found, strongest first. */
      readonly members: readonly C[];
    };

/**
 * Folds a ranked list (strongest first) into entries: the members of a group on one side become
 * one group entry at the place of the strongest of them, so the group ranks exactly as its lead
 * member would and the rest of the order is unchanged.
 */
export function rankedEntries<C extends { readonly muscleId: string; readonly side: Side }>(
  ranked: readonly C[],
): RankedEntry<C>[] {
  const members = new Map<string, C[]>();
  for (const c of ranked) {
    const g = examinedGroupOf(c.muscleId);
    if (!g) continue;
    const key = `${g.id}:${c.side}`;
    members.set(key, [...(members.get(key) ?? []), c]);
  }
  const out: RankedEntry<C>[] = [];
  for (const c of ranked) {
    const g = examinedGroupOf(c.muscleId);
    if (!g) {
      out.push({ kind: 'muscle', candidate: c });
      continue;
    }
    const found = members.get(`${g.id}:${c.side}`)!;
    if (found[0] !== c) continue;
    out.push({ kind: 'group', groupId: g.id as ExaminedGroupId, side: c.side, lead: c, members: found });
  }
  return out;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headSurfacePoint } from '../../scripts/lib/head-points';
import {
  ESSENTIAL_FLOOR,
  SPILLOVER_CORE,
  acceptableMuscles,
  examinedGroupOf,
  examinedGroups,
  getPainRegion,
  guideMuscles,
  musclesForPainArea,
  musclesForRegion,
  musclesReferringTo,
  painGuide,
  rankedEntries,
  scoreBand,
  surfaceSamples,
  type Candidate,
  type RankedEntry,
} from '../../src/mapping';

/**
 * The ranking a clinician is asked to trust: one score for level and weight together, the
 * suboccipitals as one entry, and the muscles the pain guide names first near the top. The
 * figures printed by the last test are the positions per place.
 */

const lead = <C>(e: RankedEntry<C>): C => (e.kind === 'group' ? e.lead : e.candidate);
const entryId = (e: RankedEntry<{ muscleId: string }>): string => (e.kind === 'group' ? e.groupId : lead(e).muscleId);

describe('one score for level and weight', () => {
  it('a faint essential edge below the floor never outranks a spillover core', () => {
    let pairs = 0;
    const check = (list: readonly Candidate[]) => {
      list.forEach((faint, i) => {
        if (faint.level !== 'essential' || faint.weight >= ESSENTIAL_FLOOR) return;
        for (const core of list) {
          if (core.level !== 'spillover' || core.weight < SPILLOVER_CORE) continue;
          pairs++;
          expect(list.indexOf(core), `${core.muscleId} above ${faint.muscleId}`).toBeLessThan(i);
        }
      });
    };
    // Every surface sample of the head and neck, then random points besides.
    for (const p of surfaceSamples()) check(musclesReferringTo(p));
    fc.assert(
      fc.property(headSurfacePoint, (p) => check(musclesReferringTo(p))),
      { numRuns: 300 },
    );
    // The property is only worth its name if such pairs exist in the catalogue.
    expect(pairs).toBeGreaterThan(0);
  });

  it('ranks an area by the mean point score, so the figure shown follows the order', () => {
    fc.assert(
      fc.property(fc.array(headSurfacePoint, { minLength: 1, maxLength: 30 }), (pts) => {
        const list = musclesForPainArea(pts);
        for (let i = 1; i < list.length; i++) {
          expect(list[i - 1]!.score).toBeGreaterThanOrEqual(list[i]!.score);
          const bands = ['strong', 'fair', 'weak', 'slight'];
          expect(bands.indexOf(scoreBand(list[i - 1]!.score))).toBeLessThanOrEqual(
            bands.indexOf(scoreBand(list[i]!.score)),
          );
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps a spillover zone out of the strongest band', () => {
    expect(scoreBand(0.5)).not.toBe('strong');
    expect(scoreBand(1)).toBe('strong');
  });
});

describe('a group examined as one stands for its members', () => {
  it('folds the members on each side into one entry at the place of the strongest, the rest in order', () => {
    fc.assert(
      fc.property(headSurfacePoint, (p) => {
        const flat = musclesReferringTo(p);
        const entries = rankedEntries(flat);
        // Nothing lost, nothing doubled: the members spread out again give the flat list's muscles.
        const spread = entries.flatMap((e) => (e.kind === 'group' ? e.members : [e.candidate]));
        expect(new Set(spread)).toEqual(new Set(flat));
        expect(spread.length).toBe(flat.length);
        for (const e of entries) {
          if (e.kind !== 'group') {
            expect(examinedGroupOf(e.candidate.muscleId)).toBeUndefined();
            continue;
          }
          // The lead is the strongest member, found first in the flat list, and the group shows its figures.
          expect(e.members[0]).toBe(e.lead);
          for (const m of e.members) {
            expect(examinedGroupOf(m.muscleId)?.id).toBe(e.groupId);
            expect(m.side).toBe(e.side);
            expect(m.score).toBeLessThanOrEqual(e.lead.score);
          }
        }
        // The order of the leads is the flat order.
        const leads = entries.map(lead);
        expect(leads).toEqual(flat.filter((c) => leads.includes(c)));
        // One entry per group and side.
        const keys = entries.filter((e) => e.kind === 'group').map((e) => `${entryId(e)}:${lead(e).side}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the four suboccipitals one entry where all four refer', () => {
    const suboccipital = examinedGroups.find((g) => g.id === 'suboccipital-muscles')!;
    expect(suboccipital.members).toHaveLength(4);
    const area = musclesForRegion('back-of-the-head', 'left');
    const entries = rankedEntries(area);
    const groups = entries.filter((e) => e.kind === 'group');
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) expect(g.members.map((m) => m.muscleId).sort()).toEqual([...suboccipital.members].sort());
    expect(entries.length).toBe(area.length - 3 * groups.length);
  });
});

describe('the muscles the pain guide lists first rank near the top', () => {
  /** Distinct entries of a place's ranking, sides merged: a group counts once, a muscle once. */
  const distinctRanking = (regionId: string): string[] => [
    ...new Set(rankedEntries(musclesForRegion(regionId, 'left')).map(entryId)),
  ];
  const NEAR_TOP = 4;
  const rows = painGuide.filter((g) => g.painRegionId && getPainRegion(g.painRegionId));

  it('has guide rows with named places to test', () => {
    expect(rows.length).toBeGreaterThan(10);
  });

  it.each(rows.map((g) => [g.id, g] as const))(
    '%s: the first entry is a muscle the guide gives for the place',
    (_id, g) => {
      const first = rankedEntries(musclesForRegion(g.painRegionId!, 'left'))[0];
      if (!first) return;
      const muscles = first.kind === 'group' ? first.members.map((m) => m.muscleId) : [first.candidate.muscleId];
      const acceptable = acceptableMuscles(g);
      expect(
        muscles.some((id) => acceptable.has(id)),
        `${muscles.join(', ')} at ${g.id}`,
      ).toBe(true);
    },
  );

  it.each(rows.map((g) => [g.id, g] as const))(
    `%s: the first muscle the guide lists ranks in the first ${NEAR_TOP} where the zones answer it`,
    (_id, g) => {
      const ranking = distinctRanking(g.painRegionId!);
      const first = guideMuscles(g, { certainOnly: true })[0];
      if (!first) return;
      const asEntry = examinedGroupOf(first)?.id ?? first;
      const at = ranking.indexOf(asEntry);
      // Whether the zones reach the place is the zones' test (pain-guide agreement); the rank is this one.
      if (at < 0) return;
      expect(at + 1, `${asEntry} in ${ranking.slice(0, 6).join(', ')}`).toBeLessThanOrEqual(NEAR_TOP);
    },
  );
});

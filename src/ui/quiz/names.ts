import type { TFunction } from 'i18next';
import { getPainRegion, type Side } from '../../mapping';

/**
 * Names as a quiz shows them: students learn the clinical names, so those come first. Keys of
 * the shared `muscle-names`, `regions` and `common` namespaces.
 */
export const muscleName = (t: TFunction, muscleId: string): string => t(`muscle-names:${muscleId}.name`);

export const muscleOnSide = (t: TFunction, muscleId: string, side: Side): string =>
  t('common:muscleOnSide', { name: muscleName(t, muscleId), side: t(`common:side.${side}`) });

export function placeName(t: TFunction, regionId: string, side: Side): string {
  return getPainRegion(regionId)?.paired ? t(`regions:${regionId}.${side}`) : t(`regions:${regionId}.name`);
}

export const percent = (score: number): number => Math.round(score * 100);

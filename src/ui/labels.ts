import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { getExaminedGroup, getMuscle, getPainRegion, type DepthLayer, type MuscleGroup, type Side } from '../mapping';
import { usePreferences, type Voice } from '../state';

/**
 * How muscles, groups, depths and places are named on screen, in the current language. The
 * patient voice leads with the plain name ("Muscle at the top of the shoulder") and keeps the
 * clinical one second; the clinician voice the other way round.
 */

/** The name of a muscle, or of a group examined as one, in the current language: clinical or plain. */
function nameOf(t: TFunction, muscleId: string, kind: 'name' | 'plain'): string {
  const m = getMuscle(muscleId) ?? getExaminedGroup(muscleId);
  const english = kind === 'name' ? m?.name : m?.plainName;
  return t(`muscle-names:${muscleId}.${kind}`, { defaultValue: english ?? muscleId });
}

/** The name a voice leads with. */
export const mainName = (t: TFunction, muscleId: string, voice: Voice): string =>
  nameOf(t, muscleId, voice === 'patient' ? 'plain' : 'name');

/** The name a voice gives second, as a gloss. */
export const secondName = (t: TFunction, muscleId: string, voice: Voice): string =>
  nameOf(t, muscleId, voice === 'patient' ? 'name' : 'plain');

/**
 * The one way a muscle (or a group examined as one) is named across the viewer: "Upper trapezius (left)",
 * "Trapecio superior (izquierdo)", "Suboccipital muscles (left)".
 */
export function muscleLabel(t: TFunction, muscleId: string, side: Side, voice: Voice = 'clinician'): string {
  // A group is plural: Spanish makes the side agree ("Músculos suboccipitales (izquierdos)").
  const sideKey = getExaminedGroup(muscleId) ? `${side}Group` : side;
  return t('common:muscleOnSide', { name: mainName(t, muscleId, voice), side: t(`common:side.${sideKey}`) });
}

/**
 * A context part by its contract name after `context:` ("eye-left" -> "Eye (left)"). A part the
 * catalogue does not name (a clinic's model) is shown by its own name in words.
 */
export function contextLabel(t: TFunction, name: string): string {
  const paired = /^(.+)-(left|right)$/.exec(name);
  const base = paired ? paired[1]! : name;
  const plain = t(`ui:context.${base}`, { defaultValue: base.replace(/-/g, ' ') });
  return paired ? t('common:muscleOnSide', { name: plain, side: t(`common:side.${paired[2]}`) }) : plain;
}

/** A named place, with its side when it has one: "Temple (left)", "Sien (izquierda)". */
export function regionLabel(t: TFunction, regionId: string, side?: Side): string {
  const region = getPainRegion(regionId);
  if (!region) return regionId;
  return region.paired && side ? t(`regions:${regionId}.${side}`) : t(`regions:${regionId}.name`);
}

export const groupName = (t: TFunction, group: MuscleGroup): string => t(`ui:groups.${group}`);
export const depthName = (t: TFunction, layer: DepthLayer): string => t(`ui:depth.${layer}`);

/** The labels above bound to the current language and voice; components re-render when either changes. */
export function useLabels() {
  const { t } = useTranslation();
  const voice = usePreferences((s) => s.voice);
  return {
    t,
    voice,
    mainName: (muscleId: string) => mainName(t, muscleId, voice),
    secondName: (muscleId: string) => secondName(t, muscleId, voice),
    muscleLabel: (muscleId: string, side: Side) => muscleLabel(t, muscleId, side, voice),
    regionLabel: (regionId: string, side?: Side) => regionLabel(t, regionId, side),
    contextLabel: (name: string) => contextLabel(t, name),
    groupName: (group: MuscleGroup) => groupName(t, group),
    depthName: (layer: DepthLayer) => depthName(t, layer),
  };
}

import type { TFunction } from 'i18next';
import {
  SELF_CARE_ADVICE,
  SELF_CARE_CAUTIONS,
  SELF_CARE_NOTICE,
  selfCarePlan,
  type AdviceId,
  type SelfCare,
} from '../../clinic/self-care';
import type { Messages } from '../catalogue';
import { translator } from './translate';

/** The English `self-care` namespace: the notice, every piece of advice and every caution by its id. */
export function selfCareMessages(): Messages {
  return { notice: SELF_CARE_NOTICE, advice: { ...SELF_CARE_ADVICE }, caution: { ...SELF_CARE_CAUTIONS } };
}

/** The notice shown with any self-care advice, in `t`'s language. */
export function selfCareNotice(t: TFunction): string {
  return translator(t, 'self-care')('notice', SELF_CARE_NOTICE);
}

/** `selfCareFor` in `t`'s language: the same shape, undefined for an unknown group. */
export function selfCareText(t: TFunction, muscleId: string, group: string): SelfCare | undefined {
  const plan = selfCarePlan(muscleId, group);
  if (!plan) return undefined;
  const tr = translator(t, 'self-care');
  const text = (ids: readonly AdviceId[]) => ids.map((id) => tr(`advice.${id}`, SELF_CARE_ADVICE[id]));
  const cautions = plan.cautions.map((id) => tr(`caution.${id}`, SELF_CARE_CAUTIONS[id]));
  return { movements: text(plan.movements), habits: text(plan.habits), cautions, sources: plan.sources };
}

/** Pieces of advice by id, in `t`'s language (the posture view's work station, phone and car advice). */
export function adviceText(t: TFunction, ids: readonly AdviceId[]): string[] {
  const tr = translator(t, 'self-care');
  return ids.map((id) => tr(`advice.${id}`, SELF_CARE_ADVICE[id]));
}

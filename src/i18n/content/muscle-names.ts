import { muscles, type Muscle } from '../../mapping';
import type { Messages } from '../catalogue';

/** The English `muscle-names` namespace from the catalogue: `<muscleId>.name | plain`. */
export function muscleNameMessages(list: readonly Muscle[] = muscles): Messages {
  return Object.fromEntries(list.map((m) => [m.id, { name: m.name, plain: m.plainName }]));
}

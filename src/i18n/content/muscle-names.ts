import { examinedGroups, muscles, type ExaminedGroup, type Muscle } from '../../mapping';
import type { Messages } from '../catalogue';

/**
 * The English `muscle-names` namespace from the catalogue: `<muscleId>.name | plain`, and the same
 * for the groups examined as one (`<groupId>.name | plain`), which the lookups list as one entry.
 */
export function muscleNameMessages(
  list: readonly Muscle[] = muscles,
  groups: readonly ExaminedGroup[] = examinedGroups,
): Messages {
  return Object.fromEntries([...list, ...groups].map((m) => [m.id, { name: m.name, plain: m.plainName }]));
}

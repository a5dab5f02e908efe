import type { Messages } from '../../src/i18n';

/** Every leaf key of a namespace, as dotted paths. */
export function leaves(messages: Messages | undefined, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/**
 * What keeps one namespace from being complete in every language: a key some language has and
 * another lacks, or a message that is empty or only spaces. Empty list = complete.
 */
export function parityProblems(byLanguage: Record<string, Messages | undefined>): string[] {
  const keys = Object.entries(byLanguage).map(([lng, messages]) => [lng, leaves(messages)] as const);
  const all = new Set(keys.flatMap(([, k]) => [...k.keys()]));
  const problems: string[] = [];
  for (const [lng, k] of keys) {
    for (const key of [...all].sort()) {
      if (!k.has(key)) problems.push(`${lng}: missing ${key}`);
      else if (k.get(key)!.trim() === '') problems.push(`${lng}: empty ${key}`);
    }
  }
  return problems;
}

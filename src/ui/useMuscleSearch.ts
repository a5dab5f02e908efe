import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchAnswer } from './muscle-search';

type SearchModule = typeof import('./muscle-search');

/**
 * The search (its fuzzy matcher and the nickname and complaint words of each language) is fetched
 * on the first search or when the field takes the focus, not with the page: a visitor who never
 * searches never downloads it, and the index is not built before the head is first drawn.
 */
let loading: Promise<SearchModule> | null = null;
/** Once fetched, kept: a list mounted later (another tab, the other language) searches at once. */
let loaded: SearchModule | null = null;
export function loadSearch(): Promise<SearchModule> {
  loading ??= import('./muscle-search').then(
    (module) => (loaded = module),
    (error: unknown) => {
      // A later search tries again (the chunk may have failed on a dropped connection).
      loading = null;
      throw error;
    },
  );
  return loading;
}

export type SearchState =
  | { readonly status: 'ready'; readonly answer: SearchAnswer }
  /** No search typed yet, or the module is on its way: every muscle is listed. */
  | { readonly status: 'idle' | 'loading' }
  | { readonly status: 'failed' };

/** What `query` finds, once the search module is there; built once per language, never per keystroke. */
export function useMuscleSearch(query: string): SearchState {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState<SearchModule | null>(loaded);
  const [failed, setFailed] = useState(false);
  const wanted = query.trim() !== '';
  // Each keystroke while the module is missing asks again: after a failure, typing retries.
  useEffect(() => {
    if (!wanted || search) return;
    let live = true;
    setFailed(false);
    loadSearch().then(
      (module) => live && setSearch(module),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [wanted, search, query]);
  const index = useMemo(() => search?.buildSearchIndex(t, i18n.language), [search, t, i18n.language]);
  return useMemo((): SearchState => {
    if (!wanted) return { status: 'idle' };
    if (search && index) return { status: 'ready', answer: search.searchMuscles(index, query) };
    return failed ? { status: 'failed' } : { status: 'loading' };
  }, [wanted, search, index, query, failed]);
}

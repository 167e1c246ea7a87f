import { useCallback, useEffect, useState } from 'react';
import type { DraftSummary, SearchHit } from '../../core/api';
import { useApi } from '../api/client';
import { onAppEvent } from '../app/events';
import { errorMessage } from '../ui/format';

/** The library list (or the trash), kept fresh when drafts change anywhere in the window. */
export function useDraftList(trash: boolean) {
  const api = useApi();
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(() => {
    api.drafts
      .list({ trash })
      .then((list) => {
        setDrafts(list);
        setError(null);
      })
      .catch((reason: unknown) => setError(errorMessage(reason)));
  }, [api, trash]);

  useEffect(() => {
    refresh();
    const off = onAppEvent('drafts-changed', refresh);
    // Another window or tab may change the library too.
    const onFocus = () => refresh();
    window.addEventListener('focus', onFocus);
    return () => {
      void off();
      window.removeEventListener('focus', onFocus);
    };
  }, [refresh]);

  return { drafts, error, refresh };
}

/** Search results as the writer types, debounced, with stale responses ignored. */
export function useDraftSearch(query: string) {
  const api = useApi();
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const off = onAppEvent('drafts-changed', () => setGeneration((n) => n + 1));
    return () => void off();
  }, []);

  useEffect(() => {
    const trimmed = query.trim();
    if (!trimmed) return;
    let current = true;
    const timer = setTimeout(() => {
      api.drafts
        .search({ query: trimmed })
        .then((result) => {
          if (!current) return;
          setHits(result);
          setError(null);
        })
        .catch((reason: unknown) => current && setError(errorMessage(reason)));
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, query, generation]);

  // An empty query shows the plain list, whatever the last search returned.
  return query.trim() ? { hits, error } : { hits: null, error: null };
}

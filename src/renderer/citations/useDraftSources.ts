import { useCallback, useEffect, useState } from 'react';
import type { LibrarySource } from '../../core/api';
import { useApi } from '../api/client';
import { errorMessage } from '../ui/format';

/** A draft's sources in list order, with the calls that change the list. */
export function useDraftSources(draftId: string) {
  const api = useApi();
  const [sources, setSources] = useState<LibrarySource[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(async (work: Promise<LibrarySource[]>) => {
    try {
      setSources(await work);
      setError(null);
      setLoaded(true);
    } catch (reason) {
      setError(errorMessage(reason));
      throw reason;
    }
  }, []);

  useEffect(() => {
    let current = true;
    api.draftSources
      .list({ draftId })
      .then((list) => {
        if (!current) return;
        setSources(list);
        setError(null);
        setLoaded(true);
      })
      .catch((reason: unknown) => current && setError(errorMessage(reason)));
    return () => {
      current = false;
    };
  }, [api, draftId]);

  return {
    sources,
    loaded,
    error,
    reload: () => run(api.draftSources.list({ draftId })),
    add: (sourceIds: string[]) => run(api.draftSources.add({ draftId, sourceIds })),
    remove: (sourceId: string) => run(api.draftSources.remove({ draftId, sourceId })),
    reorder: (sourceIds: string[]) => run(api.draftSources.reorder({ draftId, sourceIds })),
    /** Replaces one source in the list after an edit, without a round trip. */
    replace: (source: LibrarySource) =>
      setSources((list) => list.map((item) => (item.id === source.id ? source : item))),
  };
}

import { useCallback, useEffect, useState } from 'react';
import type { ThreadsView } from '../../core/api';
import { useApi } from '../api/client';
import { errorMessage } from '../ui/format';

/** A draft's comment threads and comments, with the calls that change them. */
export function useThreads(draftId: string) {
  const api = useApi();
  const [view, setView] = useState<ThreadsView>({ threads: [], comments: [] });
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    api.comments
      .list({ draftId })
      .then((loaded) => current && setView(loaded))
      .catch((reason: unknown) => current && setError(errorMessage(reason)));
    return () => {
      current = false;
    };
  }, [api, draftId, generation]);

  const run = useCallback(async (work: Promise<ThreadsView>) => {
    setView(await work);
    setError(null);
  }, []);

  return {
    ...view,
    error,
    reload: () => setGeneration((n) => n + 1),
    start: (threadId: string, quote: string, body: string) =>
      run(api.comments.start({ draftId, threadId, quote, body })),
    reply: (threadId: string, body: string) => run(api.comments.reply({ threadId, body })),
    resolve: (threadId: string) => run(api.comments.resolve({ threadId })),
    reopen: (threadId: string) => run(api.comments.reopen({ threadId })),
  };
}

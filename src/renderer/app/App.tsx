import { useCallback, useEffect, useState } from 'react';
import type { AppInfo } from '../../core/api';
import { useApi } from '../api/client';
import { LibraryUnavailable } from './LibraryUnavailable';
import { Workspace } from './Workspace';

/** Loads what the app knows about itself, then shows the workspace or the library problem. */
export function App() {
  const api = useApi();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    api.app
      .info({})
      .then(setInfo)
      .catch((reason: unknown) =>
        setError(reason instanceof Error ? reason.message : String(reason)),
      );
  }, [api]);

  useEffect(load, [load]);

  if (error) {
    return (
      <main className="centered-message">
        <h1>Vetted is not reachable</h1>
        <p>{error}</p>
        <button type="button" onClick={load}>
          Try again
        </button>
      </main>
    );
  }
  if (!info) return <main className="centered-message" aria-busy="true" />;
  if (info.library.state !== 'open') {
    return <LibraryUnavailable library={info.library} onOpened={load} />;
  }
  return <Workspace info={info} />;
}

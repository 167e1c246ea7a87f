import { useCallback, useEffect, useState } from 'react';
import type { AppInfo } from '../../core/api';
import type { Profile } from '../../core/review/profile';
import { useApi } from '../api/client';
import { LibraryUnavailable } from './LibraryUnavailable';
import { ProfileContext } from './profile';
import { ProfileForm } from './ProfileForm';
import { Workspace } from './Workspace';

/** Loads what the app knows about itself, then shows the workspace or the library problem. */
export function App() {
  const api = useApi();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [profile, setProfile] = useState<Profile | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    api.app
      .info({})
      .then(async (loaded) => {
        setInfo(loaded);
        if (loaded.library.state === 'open') setProfile(await api.profile.get({}));
      })
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
  if (profile === undefined) return <main className="centered-message" aria-busy="true" />;
  if (profile === null) {
    return (
      <main className="centered-message first-start">
        <h1>Welcome to Vetted</h1>
        <p>
          Choose how your name appears on comments, suggestions and sign-offs. It stays on this
          machine; you can change it later.
        </p>
        <ProfileForm submitLabel="Start" onSaved={setProfile} />
      </main>
    );
  }
  return (
    <ProfileContext.Provider value={{ profile, setProfile }}>
      <Workspace info={info} />
    </ProfileContext.Provider>
  );
}

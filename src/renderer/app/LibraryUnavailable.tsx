import { useState, type FormEvent } from 'react';
import type { LibraryState } from '../../core/api';
import { useApi } from '../api/client';

type Unavailable = Extract<LibraryState, { state: 'unavailable' }>;

/**
 * The library file could not be opened. Say so plainly, leave the file alone,
 * and offer the two ways forward: open another library or start a new one.
 */
export function LibraryUnavailable({
  library,
  onOpened,
}: {
  library: Unavailable;
  onOpened: () => void;
}) {
  const api = useApi();
  const [openPath, setOpenPath] = useState('');
  const [newPath, setNewPath] = useState(suggestNewPath(library.path));
  const [problem, setProblem] = useState<string | null>(null);

  const run = (action: () => Promise<LibraryState>) => async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      const state = await action();
      if (state.state === 'open') onOpened();
      else setProblem(state.message);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <main className="centered-message library-unavailable">
      <h1>Vetted cannot open this library</h1>
      <p role="alert">{library.message}</p>
      <p className="muted">
        File: <code>{library.path}</code>. Vetted has not changed it; keep it if you want to try to
        recover it later.
      </p>
      <form onSubmit={run(() => api.app.openLibrary({ path: openPath }))}>
        <h2>Open another library</h2>
        <label>
          Library file
          <input
            value={openPath}
            onChange={(e) => setOpenPath(e.target.value)}
            placeholder="/path/to/library.vetted"
          />
        </label>
        <button type="submit">Open library</button>
      </form>
      <form onSubmit={run(() => api.app.createLibrary({ path: newPath }))}>
        <h2>Start a new library</h2>
        <label>
          New library file
          <input value={newPath} onChange={(e) => setNewPath(e.target.value)} />
        </label>
        <button type="submit">Start new library</button>
      </form>
      {problem && (
        <p role="alert" className="error-text">
          {problem}
        </p>
      )}
    </main>
  );
}

function suggestNewPath(path: string): string {
  const stamp = new Date().toISOString().slice(0, 10);
  return path.replace(/(\.[^./\\]+)?$/, `-new-${stamp}.vetted`);
}

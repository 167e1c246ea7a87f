import { useEffect, useState } from 'react';
import type { LibrarySource } from '../../core/api';
import { evidenceBadge } from '../../core/citations/evidence-badge';
import { useApi } from '../api/client';
import { shortCitation } from './source-text';

/** Search the whole reference library and add a source to this draft. */
export function LibrarySearch({
  draftSourceIds,
  onAdd,
}: {
  draftSourceIds: string[];
  onAdd: (id: string) => void;
}) {
  const api = useApi();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<LibrarySource[] | null>(null);

  useEffect(() => {
    const trimmed = query.trim();
    if (!trimmed) return;
    let current = true;
    const timer = setTimeout(() => {
      api.sources
        .search({ query: trimmed, limit: 20 })
        .then((found) => current && setResults(found))
        .catch(() => current && setResults([]));
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, query]);

  const shown = query.trim() ? results : null;
  return (
    <div className="library-search">
      <h3 className="subheading">Your library</h3>
      <input
        type="search"
        aria-label="Search library"
        placeholder="Find by author, title, year or DOI"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {shown && (
        <ul className="library-results" aria-label="Library results">
          {shown.length === 0 && <li className="muted">Nothing in your library matches.</li>}
          {shown.map((source) => {
            const inDraft = draftSourceIds.includes(source.id);
            return (
              <li key={source.id}>
                <span>
                  <strong>{shortCitation(source.csl)}</strong> {source.csl.title}{' '}
                  <span className={`evidence-badge tone-${evidenceBadge(source.evidence).tone}`}>
                    {evidenceBadge(source.evidence).text}
                  </span>
                </span>
                <button
                  type="button"
                  disabled={inDraft}
                  onClick={() => onAdd(source.id)}
                  aria-label={`Add ${shortCitation(source.csl)} to draft`}
                >
                  {inDraft ? 'In draft' : 'Add to draft'}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

import { useState } from 'react';
import type { DraftSummary } from '../../core/api';
import { useApi } from '../api/client';
import { ProfileBadge } from '../app/ProfileBadge';
import { ImportReviewButton } from '../review/ImportReviewButton';
import { ImportArticleButton } from '../transfer/ImportArticleButton';
import { emitAppEvent } from '../app/events';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { errorMessage } from '../ui/format';
import { PromptDialog } from '../ui/PromptDialog';
import { DraftRow, type RowAction } from './DraftRow';
import { Highlighted } from './Highlighted';
import { useDraftList, useDraftSearch } from './useDraftList';

interface LibraryPanelProps {
  openDraftId: string | null;
  onOpen: (id: string | null) => void;
}

/** The library: new draft, search as you type, the list of drafts, and the trash. */
export function LibraryPanel({ openDraftId, onOpen }: LibraryPanelProps) {
  const api = useApi();
  const [trash, setTrash] = useState(false);
  const [query, setQuery] = useState('');
  const { drafts, error } = useDraftList(trash);
  const search = useDraftSearch(trash ? '' : query);
  const [renaming, setRenaming] = useState<DraftSummary | null>(null);
  const [deleting, setDeleting] = useState<DraftSummary | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const act = (work: () => Promise<unknown>) => {
    setProblem(null);
    work()
      .then(() => emitAppEvent('drafts-changed', {}))
      .catch((reason: unknown) => setProblem(errorMessage(reason)));
  };

  const createDraft = () =>
    act(async () => {
      const draft = await api.drafts.create({ title: '' });
      setTrash(false);
      setQuery('');
      onOpen(draft.id);
    });

  const libraryActions = (draft: DraftSummary): RowAction[] => [
    { label: 'Rename…', run: () => setRenaming(draft) },
    {
      label: 'Duplicate',
      run: () =>
        act(async () => {
          const copy = await api.drafts.duplicate({ id: draft.id });
          onOpen(copy.id);
        }),
    },
    {
      label: 'Move to trash',
      danger: true,
      run: () =>
        act(async () => {
          await api.drafts.trash({ id: draft.id });
          if (draft.id === openDraftId) onOpen(null);
        }),
    },
  ];

  const trashActions = (draft: DraftSummary): RowAction[] => [
    { label: 'Restore from trash', run: () => act(() => api.drafts.restore({ id: draft.id })) },
    { label: 'Delete for good…', danger: true, run: () => setDeleting(draft) },
  ];

  const showingSearch = !trash && search.hits !== null;

  return (
    <nav className="library" aria-label="Library">
      <div className="library-header">
        <h1 className="app-name">Vetted</h1>
        <ProfileBadge />
      </div>
      <div className="library-actions">
        <button type="button" className="primary" onClick={createDraft}>
          New draft
        </button>
        <ImportArticleButton onOpenDraft={onOpen} />
        <ImportReviewButton onOpenDraft={onOpen} />
      </div>
      {!trash && (
        <input
          type="search"
          className="library-search"
          aria-label="Search drafts"
          placeholder="Search drafts"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      )}
      {(problem ?? error ?? search.error) && (
        <p role="alert" className="error-text">
          {problem ?? error ?? search.error}
        </p>
      )}
      <h2 className="library-heading">
        {trash ? 'Trash' : showingSearch ? `Results for “${query.trim()}”` : 'Drafts'}
      </h2>
      <ul
        className="draft-list"
        aria-label={trash ? 'Trash' : showingSearch ? 'Search results' : 'Drafts'}
      >
        {showingSearch
          ? search.hits?.map((hit) => (
              <DraftRow
                key={hit.draft.id}
                draft={hit.draft}
                active={hit.draft.id === openDraftId}
                onOpen={() => onOpen(hit.draft.id)}
                actions={libraryActions(hit.draft)}
                title={hit.title.length ? <Highlighted parts={hit.title} /> : undefined}
                snippet={hit.snippet.length ? <Highlighted parts={hit.snippet} /> : undefined}
              />
            ))
          : drafts?.map((draft) => (
              <DraftRow
                key={draft.id}
                draft={draft}
                active={draft.id === openDraftId}
                onOpen={trash ? undefined : () => onOpen(draft.id)}
                actions={trash ? trashActions(draft) : libraryActions(draft)}
              />
            ))}
      </ul>
      {showingSearch && search.hits?.length === 0 && <p className="muted">No drafts match.</p>}
      {!showingSearch && drafts?.length === 0 && (
        <p className="muted">
          {trash ? 'The trash is empty.' : 'No drafts yet. Start with “New draft”.'}
        </p>
      )}
      <div className="library-footer">
        <button type="button" aria-pressed={trash} onClick={() => setTrash((value) => !value)}>
          {trash ? 'Back to drafts' : 'Trash'}
        </button>
      </div>

      <PromptDialog
        title="Rename draft"
        label="New title"
        confirmLabel="Rename"
        open={renaming !== null}
        initialValue={renaming?.title ?? ''}
        onCancel={() => setRenaming(null)}
        onConfirm={async (title) => {
          if (!renaming) return;
          if (renaming.id === openDraftId) {
            // The open editor owns this draft's revision: rename through it, not behind its back.
            emitAppEvent('retitle-draft', { draftId: renaming.id, title });
            setRenaming(null);
            return;
          }
          await api.drafts.rename({ id: renaming.id, title });
          setRenaming(null);
          emitAppEvent('drafts-changed', { draftId: renaming.id });
        }}
      />
      <ConfirmDialog
        title="Delete for good?"
        message={`“${deleting?.title.trim() || 'Untitled draft'}” and its version history will be deleted. This cannot be undone.`}
        confirmLabel="Delete for good"
        danger
        open={deleting !== null}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const target = deleting;
          setDeleting(null);
          if (target) act(() => api.drafts.deleteForever({ id: target.id }));
        }}
      />
    </nav>
  );
}

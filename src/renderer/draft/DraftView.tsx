import { useEffect, useState } from 'react';
import { slugify } from '../../core/document/metadata';
import { useApi } from '../api/client';
import { emitAppEvent, onAppEvent } from '../app/events';
import { ArticleEditor } from '../editor/ArticleEditor';
import { HistoryPanel } from '../history/HistoryPanel';
import { errorMessage } from '../ui/format';
import { PromptDialog } from '../ui/PromptDialog';
import { ConflictDialog } from './ConflictDialog';
import { MetadataForm } from './MetadataForm';
import { StatusBar } from './StatusBar';
import { useDraftSession } from './useDraftSession';

type PanelId = 'history';

interface DraftViewProps {
  draftId: string;
  host: 'electron' | 'browser';
  onOpenDraft: (id: string) => void;
}

/** One open draft: metadata, editor, side panels and the status bar. */
export function DraftView({ draftId, onOpenDraft }: DraftViewProps) {
  const api = useApi();
  const session = useDraftSession(draftId);
  const [panel, setPanel] = useState<PanelId | null>(null);
  const [naming, setNaming] = useState(false);
  const [versionsChanged, setVersionsChanged] = useState(0);
  const [conflictBusy, setConflictBusy] = useState(false);
  const [notice, setNotice] = useState<{ text: string; openId?: string } | null>(null);

  const { metadata, setMetadata } = session;
  useEffect(() => {
    const off = onAppEvent('retitle-draft', ({ draftId: id, title }) => {
      if (id !== draftId || !metadata) return;
      setMetadata({
        ...metadata,
        title,
        slug: metadata.slugLocked ? metadata.slug : slugify(title),
      });
    });
    return () => void off();
  }, [draftId, metadata, setMetadata]);

  if (session.loadError) {
    return (
      <main className="empty-state">
        <h1>This draft could not be opened</h1>
        <p role="alert">{session.loadError}</p>
        <button type="button" onClick={session.reload}>
          Try again
        </button>
      </main>
    );
  }
  if (!session.draft || !metadata) return <main className="draft" aria-busy="true" />;

  const togglePanel = (id: PanelId) => setPanel((current) => (current === id ? null : id));

  return (
    <main className="draft" aria-label="Draft">
      <div className="draft-scroll">
        <div className="draft-column">
          <MetadataForm key={session.generation} metadata={metadata} onChange={setMetadata} />
          <ArticleEditor
            key={session.generation}
            initialDoc={session.draft.doc}
            onReady={session.onEditorReady}
            onChange={session.onEditorChange}
            toolbarExtras={
              <>
                <button type="button" onClick={() => setNaming(true)}>
                  Save version
                </button>
                <button
                  type="button"
                  aria-pressed={panel === 'history'}
                  onClick={() => togglePanel('history')}
                >
                  History
                </button>
              </>
            }
          />
          {notice && (
            <p className="notice" role="note">
              {notice.text}{' '}
              {notice.openId && (
                <button type="button" onClick={() => notice.openId && onOpenDraft(notice.openId)}>
                  Open my copy
                </button>
              )}
            </p>
          )}
        </div>
      </div>
      {panel === 'history' && (
        <aside className="side-panel">
          <HistoryPanel
            draftId={draftId}
            refreshKey={session.savedCount + versionsChanged}
            prepareRestore={session.flush}
            onRestored={(draft) => {
              session.adopt(draft);
              emitAppEvent('drafts-changed', { draftId });
              setNotice({ text: 'Version restored. The text it replaced is kept in History.' });
            }}
          />
        </aside>
      )}
      <StatusBar saveState={session.saveState} words={session.words} />

      <PromptDialog
        title="Save version"
        label="Version name"
        confirmLabel="Save version"
        open={naming}
        onCancel={() => setNaming(false)}
        onConfirm={async (name) => {
          await session.flush();
          await api.versions.create({ draftId, name });
          setNaming(false);
          setVersionsChanged((n) => n + 1);
          setNotice({ text: `Version “${name.trim()}” saved.` });
        }}
      />
      <ConflictDialog
        open={session.saveState.kind === 'conflict'}
        message={session.saveState.kind === 'conflict' ? session.saveState.message : ''}
        busy={conflictBusy}
        onReload={() => session.reload()}
        onKeepCopy={() => {
          setConflictBusy(true);
          session
            .keepCopy()
            .then((copyId) =>
              setNotice({
                text: 'Your version was saved as a separate draft, “… (my copy)”.',
                openId: copyId,
              }),
            )
            .catch((error: unknown) => setNotice({ text: errorMessage(error) }))
            .finally(() => setConflictBusy(false));
        }}
      />
    </main>
  );
}

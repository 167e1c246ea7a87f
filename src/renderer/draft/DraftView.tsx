import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { slugify } from '../../core/document/metadata';
import { useApi } from '../api/client';
import { emitAppEvent, onAppEvent } from '../app/events';
import { CitationNumbers, citationNumbersKey } from '../citations/citation-numbers';
import { CitePicker } from '../citations/CitePicker';
import { CiteTriggerExtension, type CiteTriggerHandlers } from '../citations/cite-trigger';
import { SourcesPanel } from '../citations/SourcesPanel';
import { useDraftSources } from '../citations/useDraftSources';
import { ArticleEditor } from '../editor/ArticleEditor';
import { useHoverCards } from '../editor/hover/useHoverCards';
import { DraftHoverCards } from './DraftHoverCards';
import { HistoryPanel } from '../history/HistoryPanel';
import { summarizeFindings } from '../../core/compliance/finding';
import { FindingDecorations } from '../compliance/findings-decorations';
import { FindingsPanel } from '../compliance/FindingsPanel';
import { useCompliance, type ShownFinding } from '../compliance/useCompliance';
import { WaiveDialog } from '../compliance/WaiveDialog';
import { commentQuote } from '../../core/review/comments/comment-anchors';
import { setSuggestingAuthor } from '../../core/review/suggestions/suggesting-plugin';
import { useProfile } from '../app/profile';
import { AuditPanel } from '../review/AuditPanel';
import { CommentsPanel, type PendingComment } from '../review/CommentsPanel';
import { commentShortcut, suggestingExtension } from '../review/review-extensions';
import { ReviewTools } from '../review/ReviewTools';
import { SendForReviewButton } from '../review/SendForReviewButton';
import { ExportDialog } from '../transfer/ExportDialog';
import { StatusControl } from '../review/StatusControl';
import { useThreads } from '../review/useThreads';
import { errorMessage } from '../ui/format';
import { PromptDialog } from '../ui/PromptDialog';
import { ConflictDialog } from './ConflictDialog';
import { MetadataForm } from './MetadataForm';
import { StatusBar } from './StatusBar';
import { useDraftSession } from './useDraftSession';

type PanelId = 'sources' | 'findings' | 'comments' | 'history' | 'audit';

const PANELS: { id: PanelId; label: string }[] = [
  { id: 'sources', label: 'Sources' },
  { id: 'findings', label: 'Findings' },
  { id: 'comments', label: 'Review' },
  { id: 'history', label: 'History' },
  { id: 'audit', label: 'Audit' },
];

interface DraftViewProps {
  draftId: string;
  host: 'electron' | 'browser';
  onOpenDraft: (id: string) => void;
}

/** One open draft: metadata, editor, side panels and the status bar. */
export function DraftView({ draftId, onOpenDraft }: DraftViewProps) {
  const api = useApi();
  const session = useDraftSession(draftId);
  const sources = useDraftSources(draftId);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [panel, setPanel] = useState<PanelId | null>('sources');
  const [picking, setPicking] = useState(false);
  const [naming, setNaming] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [versionsChanged, setVersionsChanged] = useState(0);
  const [conflictBusy, setConflictBusy] = useState(false);
  const [notice, setNotice] = useState<{ text: string; openId?: string } | null>(null);
  // The editor's extensions are fixed for its life; the picker's key handler changes, so the
  // `[@` plugin calls through this ref to whichever handler the picker last registered.
  const pickerKeys = useRef<CiteTriggerHandlers['onKey']>(() => false);
  const startCommentRef = useRef<() => void>(() => {});
  const { profile } = useProfile();
  const threads = useThreads(draftId);
  const [pendingComment, setPendingComment] = useState<PendingComment | null>(null);
  const [auditChanged, setAuditChanged] = useState(0);
  // eslint-disable-next-line react-hooks/refs -- read when a key is pressed, not while rendering
  const [extensions] = useState(() => [
    CitationNumbers,
    CiteTriggerExtension.configure({ onKey: (key) => pickerKeys.current(key) }),
    suggestingExtension({ id: profile.id, name: profile.name }),
    FindingDecorations,
    commentShortcut(() => startCommentRef.current()),
  ]);
  const registerKeys = useCallback((handler: CiteTriggerHandlers['onKey']) => {
    pickerKeys.current = handler;
  }, []);

  const { metadata, setMetadata, onEditorReady } = session;
  const compliance = useCompliance(editor, draftId, sources.sources, metadata);
  const [waiving, setWaiving] = useState<ShownFinding | null>(null);
  const hoverCards = useHoverCards(editor);
  const sourceIds = sources.sources.map((source) => source.id).join(' ');
  const order = metadata?.citationOrder ?? 'first-citation';

  // Numbering follows the draft's source list and numbering rule as they change.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const sourceList = sourceIds ? sourceIds.split(' ') : [];
    editor.view.dispatch(
      editor.state.tr
        .setMeta(citationNumbersKey, { sourceList, order })
        .setMeta('addToHistory', false),
    );
  }, [editor, sourceIds, order]);

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

  // Suggestions carry the author's current name.
  useEffect(() => {
    if (editor && !editor.isDestroyed)
      setSuggestingAuthor({ id: profile.id, name: profile.name })(
        editor.state,
        editor.view.dispatch,
      );
  }, [editor, profile.id, profile.name]);

  const startComment = useCallback(() => {
    if (!editor || editor.state.selection.empty) return;
    const { from, to } = editor.state.selection;
    setPendingComment({ from, to, quote: commentQuote(editor.state.doc, from, to) });
    setPanel('comments');
  }, [editor]);
  useEffect(() => {
    startCommentRef.current = startComment;
  }, [startComment]);

  useEffect(() => {
    const off = onAppEvent('draft-replaced', ({ draftId: id }) => {
      if (id !== draftId) return;
      threads.reload();
      void sources.reload().catch(() => undefined);
    });
    return () => void off();
  }, [draftId, threads, sources]);

  const onReady = useCallback(
    (instance: Editor) => {
      onEditorReady(instance);
      setEditor(instance);
    },
    [onEditorReady],
  );

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
  const openPicker = () => {
    setPanel((current) => current ?? 'sources');
    setPicking(true);
  };

  return (
    <main className="draft" aria-label="Draft">
      <div className="draft-scroll">
        <div className="draft-column">
          <div className="draft-actions">
            <StatusControl
              draftId={draftId}
              status={session.draft.status}
              onChanged={(status) => {
                session.setStatus(status);
                setAuditChanged((n) => n + 1);
                emitAppEvent('drafts-changed', { draftId });
              }}
            />
            <button type="button" onClick={() => setNaming(true)}>
              Save version
            </button>
            <SendForReviewButton
              draftId={draftId}
              flush={session.flush}
              onDone={(text) => {
                setNotice({ text });
                setAuditChanged((n) => n + 1);
              }}
            />
            <button type="button" onClick={() => setExporting(true)}>
              Export…
            </button>
            {exporting && (
              <ExportDialog
                draftId={draftId}
                defaultStyle={metadata.citationStyle}
                open={exporting}
                onClose={() => setExporting(false)}
                flush={session.flush}
                onExported={(text, published) => {
                  setNotice({ text });
                  setAuditChanged((n) => n + 1);
                  if (published) {
                    session.setStatus('published');
                    emitAppEvent('drafts-changed', { draftId });
                  }
                }}
              />
            )}
          </div>
          <MetadataForm
            key={`metadata-${session.generation}`}
            metadata={metadata}
            onChange={setMetadata}
          />
          <ArticleEditor
            key={`editor-${session.generation}`}
            initialDoc={session.draft.doc}
            onReady={onReady}
            onChange={session.onEditorChange}
            onInsertCitation={openPicker}
            extensions={extensions}
            overlays={(current) => (
              <>
                <CitePicker
                  editor={current}
                  explicit={picking}
                  onCloseExplicit={() => setPicking(false)}
                  draftSources={sources.sources}
                  addToDraft={(ids) => sources.add(ids)}
                  registerKeys={registerKeys}
                />
                <DraftHoverCards
                  editor={current}
                  cards={hoverCards}
                  sources={sources.sources}
                  style={metadata.citationStyle}
                  findings={compliance.open}
                  onWaive={setWaiving}
                />
              </>
            )}
            toolbarExtras={
              <>{editor && <ReviewTools editor={editor} onComment={startComment} />}</>
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
      <aside className={`side-column${panel ? ' open' : ''}`} aria-label="Side panels">
        <div className="panel-tabs">
          {PANELS.map(({ id, label }) => (
            <button
              key={id}
              type="button"
              aria-pressed={panel === id}
              onClick={() => togglePanel(id)}
            >
              {label}
            </button>
          ))}
        </div>
        {panel && (
          <div className="side-panel">
            {panel === 'sources' && editor && (
              <SourcesPanel
                editor={editor}
                draftId={draftId}
                metadata={metadata}
                onMetadataChange={setMetadata}
                sources={sources}
                onInsertCitation={openPicker}
              />
            )}
            {panel === 'findings' && editor && (
              <FindingsPanel
                editor={editor}
                compliance={compliance}
                onWaive={setWaiving}
                onReveal={(finding) => {
                  const index = compliance.open.indexOf(finding);
                  if (index >= 0) hoverCards.openFinding(index);
                }}
              />
            )}
            {panel === 'comments' && editor && (
              <CommentsPanel
                editor={editor}
                draftId={draftId}
                threads={threads}
                pending={pendingComment}
                onPendingDone={() => setPendingComment(null)}
              />
            )}
            {panel === 'audit' && (
              <AuditPanel draftId={draftId} refreshKey={auditChanged + session.savedCount} />
            )}
            {panel === 'history' && (
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
            )}
          </div>
        )}
      </aside>
      <StatusBar saveState={session.saveState} words={session.words}>
        <button
          type="button"
          className={`findings-summary${compliance.open.some((f) => f.severity === 'error') ? ' has-errors' : ''}`}
          onClick={() => setPanel('findings')}
          title="Show findings"
        >
          {summarizeFindings(compliance.open)}
          {compliance.openIfAccepted &&
            ` (${summarizeFindings(compliance.openIfAccepted)} if suggestions are accepted)`}
        </button>
      </StatusBar>
      <WaiveDialog
        finding={waiving}
        onCancel={() => setWaiving(null)}
        onWaive={async (finding, reason) => {
          await compliance.waive(finding, reason);
          setWaiving(null);
          setAuditChanged((n) => n + 1);
        }}
      />

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
            .keepCopy(sources.sources.map((source) => source.id))
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

import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft } from '../../core/api';
import type { ArticleMetadata } from '../../core/document/metadata';
import { useApi } from '../api/client';
import { emitAppEvent, onAppEvent } from '../app/events';
import { countEditorWords } from '../editor/count-words';
import { errorMessage } from '../ui/format';
import { AutosaveController, type SaveState } from './autosave';

/**
 * Everything about one open draft: loading it, the metadata being edited, the
 * editor instance, autosave and its state, and the ways out of a conflict.
 */
export function useDraftSession(draftId: string) {
  const api = useApi();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [metadata, setMetadataState] = useState<ArticleMetadata | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({
    kind: 'saved',
    at: new Date().toISOString(),
  });
  const [words, setWords] = useState(0);
  /** Bumped on every load so the editor is rebuilt with the loaded content. */
  const [generation, setGeneration] = useState(0);
  const [savedCount, setSavedCount] = useState(0);
  const editorRef = useRef<Editor | null>(null);
  const metadataRef = useRef<ArticleMetadata | null>(null);
  const controllerRef = useRef<AutosaveController | null>(null);
  const wordTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const adopt = useCallback(
    (loaded: Draft) => {
      controllerRef.current?.dispose();
      metadataRef.current = loaded.metadata;
      setDraft(loaded);
      setMetadataState(loaded.metadata);
      setWords(loaded.wordCount);
      setSaveState({ kind: 'saved', at: loaded.updatedAt });
      setGeneration((n) => n + 1);
      controllerRef.current = new AutosaveController(
        api,
        loaded.id,
        loaded.revision,
        {
          metadata: () => metadataRef.current ?? loaded.metadata,
          doc: () => editorRef.current?.getJSON() ?? loaded.doc,
        },
        setSaveState,
        () => {
          setSavedCount((n) => n + 1);
          emitAppEvent('drafts-changed', { draftId: loaded.id });
        },
      );
    },
    [api],
  );

  const load = useCallback(() => {
    api.drafts
      .get({ id: draftId })
      .then((loaded) => {
        setLoadError(null);
        adopt(loaded);
      })
      .catch((error: unknown) => setLoadError(errorMessage(error)));
  }, [api, draftId, adopt]);

  useEffect(() => {
    load();
    return () => {
      const controller = controllerRef.current;
      // Leaving the draft (another draft opened): save what is pending first.
      void controller?.flush().finally(() => controller.dispose());
    };
  }, [load]);

  useEffect(() => {
    const off = onAppEvent('draft-replaced', ({ draftId: id }) => {
      if (id === draftId) load();
    });
    return () => void off();
  }, [draftId, load]);

  useEffect(() => {
    const flush = () => controllerRef.current?.flush() ?? Promise.resolve();
    window.__vettedFlush = flush;
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    const onVisibility = () => document.visibilityState === 'hidden' && void flush();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      if (window.__vettedFlush === flush) delete window.__vettedFlush;
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  const setMetadata = useCallback((next: ArticleMetadata) => {
    metadataRef.current = next;
    setMetadataState(next);
    controllerRef.current?.markDirty('metadata');
  }, []);

  const onEditorReady = useCallback((editor: Editor) => {
    editorRef.current = editor;
  }, []);

  const onEditorChange = useCallback((editor: Editor) => {
    controllerRef.current?.markDirty('doc');
    if (wordTimer.current) clearTimeout(wordTimer.current);
    wordTimer.current = setTimeout(() => setWords(countEditorWords(editor.state.doc)), 250);
  }, []);

  /** Saves anything pending; resolves with the revision the draft is now at. */
  const flush = useCallback(async (): Promise<number> => {
    const controller = controllerRef.current;
    if (!controller) throw new Error('The draft is not loaded yet.');
    await controller.flush();
    if (controller.hasUnsavedChanges) throw new Error('Your latest edits could not be saved yet.');
    return controller.baseRevision;
  }, []);

  /** Conflict way out 1: drop this window's edits and load the saved draft. */
  const reload = load;

  /** Conflict way out 2: save this window's version as a new draft, then load the saved one. */
  const keepCopy = useCallback(
    async (sourceIds: string[]): Promise<string> => {
      const current = metadataRef.current;
      const editor = editorRef.current;
      if (!current || !editor) throw new Error('The draft is not loaded yet.');
      const title = `${current.title.trim() || 'Untitled draft'} (my copy)`;
      const copy = await api.drafts.create({
        title,
        metadata: { ...current, title, slugLocked: false },
        doc: editor.getJSON(),
      });
      if (sourceIds.length) await api.draftSources.add({ draftId: copy.id, sourceIds });
      emitAppEvent('drafts-changed', { draftId: copy.id });
      load();
      return copy.id;
    },
    [api, load],
  );

  /** The workflow moved the draft to another status (not a content change). */
  const setStatus = useCallback((status: Draft['status']) => {
    setDraft((current) => (current ? { ...current, status } : current));
  }, []);

  return {
    draft,
    setStatus,
    loadError,
    metadata,
    setMetadata,
    saveState,
    words,
    generation,
    savedCount,
    onEditorReady,
    onEditorChange,
    flush,
    reload,
    keepCopy,
    adopt,
    editorRef,
  };
}

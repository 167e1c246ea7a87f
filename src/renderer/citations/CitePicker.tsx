import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useEffect, useId, useMemo, useState } from 'react';
import type { LibrarySource } from '../../core/api';
import { evidenceBadge } from '../../core/citations/evidence-badge';
import { useApi } from '../api/client';
import { errorMessage } from '../ui/format';
import { insertCitation } from './citation-commands';
import { citeTriggerKey, type CiteTriggerHandlers } from './cite-trigger';
import { matchesQuery, shortCitation, sourceSearchText } from './source-text';

interface CitePickerProps {
  editor: Editor;
  /** Opened from the button or Mod-Shift-C (with its own search field), not by typing `[@`. */
  explicit: boolean;
  onCloseExplicit: () => void;
  draftSources: LibrarySource[];
  addToDraft: (ids: string[]) => Promise<void>;
  /** Hands the picker's key handler to the `[@` plugin, which calls it while a trigger is open. */
  registerKeys: (handler: CiteTriggerHandlers['onKey']) => void;
}

interface Option {
  source: LibrarySource;
  inDraft: boolean;
}

/**
 * The inline citation picker, a listbox named "Cite source": the draft's sources
 * first, then the rest of the library, matched on author, title, year and DOI.
 */
export function CitePicker({
  editor,
  explicit,
  onCloseExplicit,
  draftSources,
  addToDraft,
  registerKeys,
}: CitePickerProps) {
  const trigger = useEditorState({
    editor,
    selector: ({ editor: e }) => citeTriggerKey.getState(e.state) ?? null,
  });
  const open = explicit || trigger !== null;
  const [typed, setTyped] = useState('');
  const query = explicit ? typed : (trigger?.query ?? '');
  const results = useLibraryResults(open ? query : null);
  const [active, setActive] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const listId = useId();

  const options = useMemo<Option[]>(() => {
    const inDraft = new Set(draftSources.map((source) => source.id));
    const local = draftSources
      .filter((source) => matchesQuery(sourceSearchText(source.key, source.csl), query))
      .map((source) => ({ source, inDraft: true }));
    const library = results
      .filter((source) => !inDraft.has(source.id))
      .map((source) => ({ source, inDraft: false }));
    return [...local, ...library].slice(0, 30);
  }, [draftSources, results, query]);

  const activeIndex = Math.min(active, Math.max(0, options.length - 1));

  const choose = async (option: Option | undefined) => {
    if (!option) return;
    try {
      if (!option.inDraft) await addToDraft([option.source.id]);
      insertCitation(editor, [option.source.id], citeTriggerKey.getState(editor.state));
      setTyped('');
      setActive(0);
      onCloseExplicit();
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  const close = () => {
    setTyped('');
    setActive(0);
    onCloseExplicit();
    if (trigger) editor.view.dispatch(editor.state.tr.setMeta(citeTriggerKey, 'close'));
    editor.commands.focus();
  };

  const onKey = (key: Parameters<CiteTriggerHandlers['onKey']>[0]): boolean => {
    if (key === 'ArrowDown') setActive((index) => Math.min(index + 1, options.length - 1));
    else if (key === 'ArrowUp') setActive((index) => Math.max(index - 1, 0));
    else if (key === 'Enter' || key === 'Tab') {
      if (!options.length) return false;
      void choose(options[activeIndex]);
    } else if (key === 'Escape') close();
    return true;
  };

  useEffect(() => {
    registerKeys(onKey);
  });

  if (!open) return null;
  const position = pickerPosition(editor, trigger?.from ?? editor.state.selection.from);

  return (
    <div className="cite-picker" style={position}>
      {explicit && (
        <input
          autoFocus
          role="combobox"
          aria-label="Find a source to cite"
          aria-controls={listId}
          aria-expanded="true"
          aria-activedescendant={options.length ? `${listId}-${activeIndex}` : undefined}
          placeholder="Author, title, year or DOI"
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
            setActive(0);
          }}
          onKeyDown={(event) => {
            if (['ArrowDown', 'ArrowUp', 'Enter', 'Escape', 'Tab'].includes(event.key)) {
              event.preventDefault();
              onKey(event.key as Parameters<CiteTriggerHandlers['onKey']>[0]);
            }
          }}
        />
      )}
      <ul role="listbox" id={listId} aria-label="Cite source" className="cite-options">
        {options.map((option, index) => {
          const badge = evidenceBadge(option.source.evidence);
          return (
            <li
              key={option.source.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === activeIndex}
              className={index === activeIndex ? 'active' : undefined}
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => void choose(option)}
            >
              <span className="cite-option-head">
                <strong>{shortCitation(option.source.csl)}</strong>
                <span className={`evidence-badge tone-${badge.tone}`}>{badge.text}</span>
                {!option.inDraft && <span className="muted small">from library</span>}
              </span>
              <span className="cite-option-title">{option.source.csl.title}</span>
            </li>
          );
        })}
        {options.length === 0 && (
          <li role="option" aria-disabled="true" aria-selected="false" className="muted">
            No source matches “{query}”. Add it from the Sources panel.
          </li>
        )}
      </ul>
      {problem && (
        <p role="alert" className="error-text">
          {problem}
        </p>
      )}
    </div>
  );
}

/** Library sources matching the query, fetched as the writer types (null: closed). */
function useLibraryResults(query: string | null): LibrarySource[] {
  const api = useApi();
  const [results, setResults] = useState<LibrarySource[]>([]);
  useEffect(() => {
    if (query === null) return;
    let current = true;
    const timer = setTimeout(() => {
      api.sources
        .search({ query, limit: 20 })
        .then((found) => current && setResults(found))
        .catch(() => current && setResults([]));
    }, 100);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, query]);
  return query === null ? [] : results;
}

function pickerPosition(editor: Editor, pos: number): { top: number; left: number } {
  try {
    const coords = editor.view.coordsAtPos(pos);
    const box = editor.view.dom.closest('.editor-frame')?.getBoundingClientRect();
    if (!box) return { top: 0, left: 0 };
    return {
      top: coords.bottom - box.top + 6,
      left: Math.max(0, Math.min(coords.left - box.left, box.width - 420)),
    };
  } catch {
    return { top: 0, left: 0 };
  }
}

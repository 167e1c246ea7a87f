import type { Editor } from '@tiptap/core';
import { useMemo, useState } from 'react';
import type { LibrarySource, SourceImportResult } from '../../core/api';
import { evidenceBadge } from '../../core/citations/evidence-badge';
import { formatReferenceList } from '../../core/citations/reference-list';
import type { ArticleMetadata, CitationOrder, CitationStyle } from '../../core/document/metadata';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { errorMessage } from '../ui/format';
import { insertCitation, revealCitation } from './citation-commands';
import { formatterFor } from './formatters';
import { ImportSourcesDialog } from './ImportSourcesDialog';
import { LibrarySearch } from './LibrarySearch';
import { SourceFormDialog } from './SourceFormDialog';
import { shortCitation } from './source-text';
import { citationPositions, useCitationUsage } from './useCitationUsage';
import type { useDraftSources } from './useDraftSources';

interface SourcesPanelProps {
  editor: Editor;
  draftId: string;
  metadata: ArticleMetadata;
  onMetadataChange: (next: ArticleMetadata) => void;
  sources: ReturnType<typeof useDraftSources>;
  onInsertCitation: () => void;
}

/**
 * The draft's sources in citation order: number, formatted reference, evidence
 * badge, where each is cited (click to jump), unused ones marked; plus adding,
 * importing, searching the library, and the draft's style and numbering rule.
 */
export function SourcesPanel({
  editor,
  draftId,
  metadata,
  onMetadataChange,
  sources,
  onInsertCitation,
}: SourcesPanelProps) {
  const usage = useCitationUsage(editor);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<LibrarySource | null>(null);
  const [importing, setImporting] = useState(false);
  const [removing, setRemoving] = useState<LibrarySource | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const { references, formatError } = useMemo(() => {
    try {
      const formatted = formatReferenceList(
        usage,
        sources.sources,
        formatterFor(metadata.citationStyle),
      );
      return {
        references: new Map(formatted.map((entry) => [entry.id, entry])),
        formatError: null,
      };
    } catch (error) {
      return { references: new Map<string, { text: string }>(), formatError: errorMessage(error) };
    }
  }, [usage, sources.sources, metadata.citationStyle]);

  const listed = usage.order
    .map((id) => sources.sources.find((source) => source.id === id))
    .filter((s): s is LibrarySource => !!s);
  const unused = sources.sources.filter((source) => !usage.numberOf.has(source.id));

  const act = (work: () => Promise<unknown>) => {
    setProblem(null);
    work().catch((error: unknown) => setProblem(errorMessage(error)));
  };

  const jump = (sourceId: string, index: number) => {
    const position = citationPositions(editor, sourceId)[index];
    if (position !== undefined) revealCitation(editor, position);
  };

  const renderSource = (source: LibrarySource, number: number | null) => {
    const count = usage.counts.get(source.id) ?? 0;
    const badge = evidenceBadge(source.evidence);
    const reference =
      references.get(source.id)?.text ?? safeReference(source, metadata.citationStyle);
    return (
      <li
        key={source.id}
        className={`source-item${number === null ? ' unused' : ''}`}
        aria-label={number ? `Source ${number}` : 'Source not cited'}
      >
        <div className="source-head">
          <span className="source-number">{number ?? '–'}</span>
          <span className="source-reference">{reference}</span>
        </div>
        <div className="source-meta">
          <span className={`evidence-badge tone-${badge.tone}`}>{badge.text}</span>
          {count > 0 ? (
            <span className="cited-at">
              Cited {count === 1 ? 'once' : `${count} times`}:
              {Array.from({ length: count }, (_, index) => (
                <button
                  key={index}
                  type="button"
                  className="link-button"
                  aria-label={`Go to citation ${index + 1} of source ${number}`}
                  onClick={() => jump(source.id, index)}
                >
                  {index + 1}
                </button>
              ))}
            </span>
          ) : (
            <span className="not-cited">Not cited</span>
          )}
        </div>
        <div className="source-actions">
          <button
            type="button"
            aria-label={`Cite ${shortCitation(source.csl)} at the cursor`}
            onClick={() => insertCitation(editor, [source.id])}
          >
            Cite
          </button>
          <button
            type="button"
            aria-label={`Edit ${shortCitation(source.csl)}`}
            onClick={() => setEditing(source)}
          >
            Edit
          </button>
          <button
            type="button"
            aria-label={`Remove ${shortCitation(source.csl)} from this draft`}
            onClick={() => (count > 0 ? setRemoving(source) : act(() => sources.remove(source.id)))}
          >
            Remove
          </button>
        </div>
      </li>
    );
  };

  return (
    <section className="side-section sources" aria-label="Sources">
      <div className="section-header">
        <h2>Sources</h2>
        <div className="button-row">
          <button type="button" onClick={() => setAdding(true)}>
            Add source
          </button>
          <button type="button" onClick={() => setImporting(true)}>
            Import sources
          </button>
          <button
            type="button"
            className="primary"
            onClick={onInsertCitation}
            title="Insert citation (Ctrl+Shift+C)"
          >
            Insert citation
          </button>
        </div>
      </div>
      <div className="style-row">
        <label>
          Style
          <select
            value={metadata.citationStyle}
            onChange={(event) =>
              onMetadataChange({ ...metadata, citationStyle: event.target.value as CitationStyle })
            }
          >
            <option value="ama">AMA</option>
            <option value="vancouver">Vancouver</option>
          </select>
        </label>
        <label>
          Numbering
          <select
            value={metadata.citationOrder}
            onChange={(event) =>
              onMetadataChange({ ...metadata, citationOrder: event.target.value as CitationOrder })
            }
          >
            <option value="first-citation">In order of first citation</option>
            <option value="source-list">Keep the order of the source list</option>
          </select>
        </label>
      </div>
      {usage.missingCitations > 0 && (
        <p className="warning-text" role="note">
          {usage.missingCitations === 1
            ? '1 citation points'
            : `${usage.missingCitations} citations point`}{' '}
          to a source that is not in this draft (shown as “?”).
        </p>
      )}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {(problem ?? formatError) && (
        <p role="alert" className="error-text">
          {problem ?? formatError}
        </p>
      )}
      <h3 className="subheading">References</h3>
      {listed.length === 0 && unused.length === 0 && (
        <p className="muted">
          No sources yet. Add one, import a reference file, or find one in your library below.
        </p>
      )}
      <ol className="source-list" aria-label="Reference list">
        {listed.map((source) => renderSource(source, usage.numberOf.get(source.id) ?? null))}
      </ol>
      {unused.length > 0 && (
        <>
          <h3 className="subheading">Not cited yet</h3>
          <ul className="source-list" aria-label="Sources not cited">
            {unused.map((source) => renderSource(source, null))}
          </ul>
        </>
      )}
      <LibrarySearch
        draftSourceIds={sources.sources.map((source) => source.id)}
        onAdd={(id) => act(() => sources.add([id]))}
      />

      <SourceFormDialog
        open={adding || editing !== null}
        source={editing}
        draftId={draftId}
        onClose={() => {
          setAdding(false);
          setEditing(null);
        }}
        onSaved={(source, created) => {
          setAdding(false);
          setEditing(null);
          if (created) act(() => sources.reload());
          else sources.replace(source);
          setNotice(created ? 'Source added to this draft.' : 'Source saved.');
        }}
        onUseExisting={(id) => {
          setAdding(false);
          act(() => sources.add([id]));
          setNotice('The library’s source was added to this draft.');
        }}
      />
      <ImportSourcesDialog
        open={importing}
        draftId={draftId}
        onClose={() => setImporting(false)}
        onImported={(result: SourceImportResult) => {
          act(() => sources.reload());
          setNotice(result.summary);
        }}
      />
      <ConfirmDialog
        title="Remove a cited source?"
        message={`This source is cited ${usage.counts.get(removing?.id ?? '') ?? 0} times. Its citations will show a “?” missing-source marker until you delete them or add the source back.`}
        confirmLabel="Remove source"
        danger
        open={removing !== null}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const target = removing;
          setRemoving(null);
          if (target) act(() => sources.remove(target.id));
        }}
      />
    </section>
  );
}

function safeReference(source: LibrarySource, style: CitationStyle): string {
  try {
    return formatterFor(style).reference(source.csl);
  } catch {
    return source.csl.title ?? source.key;
  }
}

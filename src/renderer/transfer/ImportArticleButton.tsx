import { useRef, useState } from 'react';
import type { ImportResult } from '../../core/api';
import { useApi } from '../api/client';
import { emitAppEvent } from '../app/events';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/format';

// Which of the chosen files is the article: a .txt may be a MEDLINE bibliography, so it comes last.
const ARTICLE_FILES = [/\.(md|markdown|mdown)$/i, /\.(html?|xhtml|docx)$/i, /\.txt$/i];
const ACCEPT = '.md,.markdown,.html,.htm,.docx,.txt,.json,.bib,.ris,.nbib,text/markdown,text/html';

/** Reads a File as base64 without building a giant string by hand. */
async function toBase64(file: File): Promise<string> {
  const url = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
  return url.slice(url.indexOf(',') + 1);
}

/**
 * "Import article": a Markdown, HTML or Word file becomes a new draft. Several files
 * may be chosen at once: the article, and the bibliography its front matter names.
 */
export function ImportArticleButton({ onOpenDraft }: { onOpenDraft: (id: string) => void }) {
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const importFiles = async (files: File[]) => {
    if (!files.length) return;
    setProblem(null);
    try {
      const article =
        ARTICLE_FILES.map((pattern) => files.find((file) => pattern.test(file.name))).find(
          Boolean,
        ) ?? files[0];
      if (!article) return;
      const bibliographies = await Promise.all(
        files
          .filter((file) => file !== article)
          .map(async (file) => ({ fileName: file.name, text: await file.text() })),
      );
      const imported = await api.transfer.importDocument({
        fileName: article.name,
        dataBase64: await toBase64(article),
        bibliographies,
      });
      emitAppEvent('drafts-changed', { draftId: imported.draft.id });
      setResult(imported);
      onOpenDraft(imported.draft.id);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  const close = () => {
    setResult(null);
    setProblem(null);
  };

  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Import article
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        aria-label="Article file"
        onChange={(event) => void importFiles([...(event.target.files ?? [])])}
      />
      <Dialog
        title={problem ? 'The file was not imported' : 'Article imported'}
        open={result !== null || problem !== null}
        onClose={close}
        role="alertdialog"
      >
        {problem && <p className="error-text">{problem}</p>}
        {result && (
          <div className="import-report">
            <p role="status">
              <strong>
                {result.citations} citation{result.citations === 1 ? '' : 's'},{' '}
                {result.sourcesAdded} source
                {result.sourcesAdded === 1 ? '' : 's'} added
                {result.sourcesReused ? `, ${result.sourcesReused} already in the library` : ''}.
              </strong>
            </p>
            {result.notices.length > 0 ? (
              <>
                <p>These parts could not be kept exactly:</p>
                <ul aria-label="Not kept exactly">
                  {result.notices.map((notice, index) => (
                    <li key={index}>{notice}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p>Everything in the file was kept.</p>
            )}
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" className="primary" onClick={close}>
            OK
          </button>
        </div>
      </Dialog>
    </>
  );
}

import { useState, type DragEvent, type FormEvent } from 'react';
import type { SourceImportResult } from '../../core/api';
import { useApi } from '../api/client';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/format';
import { decodeUtf16 } from '../../core/citations/decode-utf16';

interface ImportSourcesDialogProps {
  open: boolean;
  draftId: string;
  onClose: () => void;
  onImported: (result: SourceImportResult) => void;
}

/** Largest reference file read in the window; larger ones are refused before reading. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Import a BibTeX, RIS, MEDLINE or CSL-JSON file (chosen, dropped or pasted) into
 * the library and this draft. The summary says what was imported, skipped or unreadable.
 */
export function ImportSourcesDialog(props: ImportSourcesDialogProps) {
  return (
    <Dialog
      title="Import sources"
      open={props.open}
      onClose={props.onClose}
      className="import-dialog"
    >
      {props.open && <ImportBody {...props} />}
    </Dialog>
  );
}

function ImportBody({ draftId, onClose, onImported }: ImportSourcesDialogProps) {
  const api = useApi();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | undefined>(undefined);
  const [duplicates, setDuplicates] = useState<'merge' | 'skip'>('merge');
  const [result, setResult] = useState<SourceImportResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setProblem(
        `${file.name} is larger than 20 MB; that is not a reference file Vetted can read.`,
      );
      return;
    }
    setProblem(null);
    setResult(null);
    setFileName(file.name);
    const bytes = new Uint8Array(await file.arrayBuffer());
    setText(decodeUtf16(bytes) ?? new TextDecoder('utf-8').decode(bytes));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setProblem('Choose or drop a file, or paste references first.');
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const imported = await api.sources.import({ text, fileName, draftId, duplicates });
      setResult(imported);
      onImported(imported);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void readFile(event.dataTransfer.files[0]);
  };

  return (
    <form className="import-form" onSubmit={submit}>
      <p className="muted small">
        BibTeX, RIS, PubMed MEDLINE (.nbib, .txt) or CSL-JSON. The format is recognised from the
        content.
      </p>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label className="file-label">
          Reference file
          <input
            type="file"
            accept=".bib,.bibtex,.ris,.nbib,.txt,.json,.csl,.medline"
            onChange={(event) => void readFile(event.target.files?.[0])}
          />
        </label>
        <span className="muted small">{fileName ? `Read ${fileName}` : 'or drop a file here'}</span>
      </div>
      <label>
        Reference text
        <textarea
          rows={7}
          value={text}
          placeholder="…or paste references here"
          onChange={(event) => {
            setText(event.target.value);
            setFileName(undefined);
            setResult(null);
          }}
        />
      </label>
      <fieldset className="radio-row">
        <legend>When a source is already in the library</legend>
        <label>
          <input
            type="radio"
            name="duplicates"
            checked={duplicates === 'merge'}
            onChange={() => setDuplicates('merge')}
          />
          Fill in details it is missing
        </label>
        <label>
          <input
            type="radio"
            name="duplicates"
            checked={duplicates === 'skip'}
            onChange={() => setDuplicates('skip')}
          />
          Leave it as it is
        </label>
      </fieldset>
      {result && (
        <div role="status" className="import-result">
          <strong>{result.summary}</strong>
          {result.problems.length > 0 && (
            <ul>
              {result.problems.map((item) => (
                <li key={`${item.line}-${item.message}`}>
                  Line {item.line}: {item.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {problem && (
        <p role="alert" className="error-text">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {result ? 'Done' : 'Cancel'}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          Import
        </button>
      </div>
    </form>
  );
}

import { useEffect, useState } from 'react';
import { overrideReasonProblem } from '../../core/review/workflow/override-reason';
import type { Preflight } from '../../core/api';
import type { CitationStyle } from '../../core/document/metadata';
import type { ExportOptions } from '../../core/export/export-article';
import { useApi } from '../api/client';
import { downloadText } from '../review/download';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/format';

type Choice = 'html-page' | 'html-fragment' | 'markdown';

const CHOICES: Record<
  Choice,
  { label: string; options: (citations: ExportOptions['citations']) => ExportOptions }
> = {
  'html-page': {
    label: 'HTML page',
    options: () => ({ format: 'html', citations: 'numbered', standalone: true }),
  },
  'html-fragment': {
    label: 'HTML fragment (for a CMS)',
    options: () => ({ format: 'html', citations: 'numbered', standalone: false }),
  },
  markdown: {
    label: 'Markdown',
    options: (citations) => ({ format: 'markdown', citations, standalone: true }),
  },
};

/** The <article> element of an exported page or fragment, as HTML. */
function articleOf(html: string): string {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  return parsed.querySelector('article')?.outerHTML ?? '';
}

interface ExportDialogProps {
  draftId: string;
  defaultStyle: CitationStyle;
  open: boolean;
  onClose: () => void;
  /** Saves pending edits, so the export holds what the writer sees. */
  flush: () => Promise<number>;
  onExported: (message: string, published: boolean) => void;
}

/**
 * The export dialog: format, citation style and mode, a live preview, the compliance
 * preflight (errors block unless an editor gives a reason), and "Copy HTML".
 */
export function ExportDialog({
  draftId,
  defaultStyle,
  open,
  onClose,
  flush,
  onExported,
}: ExportDialogProps) {
  const api = useApi();
  const [choice, setChoice] = useState<Choice>('html-page');
  const [citations, setCitations] = useState<ExportOptions['citations']>('numbered');
  const [style, setStyle] = useState<CitationStyle>(defaultStyle);
  const [preflight, setPreflight] = useState<Preflight | null>(null);
  const [preview, setPreview] = useState<string>('');
  const [reason, setReason] = useState('');
  const [publish, setPublish] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const options = CHOICES[choice].options(citations);

  useEffect(() => {
    if (!open) return;
    let live = true;
    void (async () => {
      try {
        await flush();
        const checked = await api.transfer.preflight({ draftId });
        if (live) setPreflight(checked);
      } catch (error) {
        if (live) setProblem(errorMessage(error));
      }
    })();
    return () => {
      live = false;
    };
  }, [api, draftId, flush, open]);

  const optionsKey = JSON.stringify(options);
  useEffect(() => {
    if (!open) return;
    let live = true;
    api.transfer
      .preview({ draftId, options: JSON.parse(optionsKey) as ExportOptions, style })
      .then((files) => live && setPreview(files[0]?.content ?? ''))
      .catch((error: unknown) => live && setProblem(errorMessage(error)));
    return () => {
      live = false;
    };
  }, [api, draftId, optionsKey, style, open]);

  const blocked = (preflight?.errors.length ?? 0) > 0;
  const reasonProblem = reason.trim() === '' ? null : overrideReasonProblem(reason);
  const overrideReady =
    !blocked || (preflight?.canOverride === true && reason.trim() !== '' && reasonProblem === null);

  const run = async (destination: 'file' | 'clipboard') => {
    setProblem(null);
    try {
      const exportOptions: ExportOptions =
        destination === 'clipboard'
          ? { format: 'html', citations: 'numbered', standalone: false }
          : options;
      const result = await api.transfer.exportDraft({
        draftId,
        options: exportOptions,
        style,
        publish: destination === 'file' && publish,
        destination,
        ...(blocked ? { overrideReason: reason.trim() } : {}),
      });
      if (destination === 'clipboard') {
        await navigator.clipboard.writeText(result.files[0]?.content ?? '');
        onExported('The article’s HTML is on the clipboard.', result.published);
      } else {
        for (const file of result.files) downloadText(file.name, file.content, file.mediaType);
        onExported(
          `Exported ${result.files.map((file) => `“${file.name}”`).join(' and ')}${result.published ? '; the draft is now published' : ''}.`,
          result.published,
        );
      }
      onClose();
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <Dialog title="Export" open={open} onClose={onClose} className="export-dialog">
      <div className="export-grid">
        <div className="export-options">
          <label>
            Format
            <select value={choice} onChange={(event) => setChoice(event.target.value as Choice)}>
              {Object.entries(CHOICES).map(([value, { label }]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Reference style
            <select
              value={style}
              onChange={(event) => setStyle(event.target.value as CitationStyle)}
            >
              <option value="ama">AMA</option>
              <option value="vancouver">Vancouver</option>
            </select>
          </label>
          {choice === 'markdown' && (
            <label>
              Citations
              <select
                value={citations}
                onChange={(event) => setCitations(event.target.value as ExportOptions['citations'])}
              >
                <option value="numbered">Numbered, with a Sources list</option>
                <option value="pandoc">Pandoc [@key] + bibliography file</option>
                <option value="footnotes">Footnotes</option>
              </select>
            </label>
          )}
          {blocked && preflight && (
            <div className="export-blockers" role="alert">
              <p>
                <strong>
                  {preflight.errors.length === 1
                    ? 'A compliance error blocks this export'
                    : `${preflight.errors.length} compliance errors block this export`}
                </strong>
              </p>
              <ul aria-label="Blocking errors">
                {preflight.errors.map((finding, index) => (
                  <li key={index}>
                    <code>{finding.ruleId}</code> {finding.excerpt ? `“${finding.excerpt}”: ` : ''}
                    {finding.message}
                  </li>
                ))}
              </ul>
              {preflight.canOverride ? (
                <label>
                  Override reason
                  <textarea
                    value={reason}
                    rows={2}
                    onChange={(event) => setReason(event.target.value)}
                    placeholder="Why this may be published despite the errors (kept in the audit trail)"
                    aria-describedby="override-reason-problem"
                  />
                  <span id="override-reason-problem" className="error-text" aria-live="polite">
                    {reasonProblem}
                  </span>
                </label>
              ) : (
                <p>
                  Fix or waive them, or ask an editor: only an editor can export despite errors.
                </p>
              )}
            </div>
          )}
          {preflight?.canPublish && (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={publish}
                onChange={(event) => setPublish(event.target.checked)}
              />
              Publish: mark the draft as published
            </label>
          )}
          {problem && (
            <p className="error-text" role="alert">
              {problem}
            </p>
          )}
        </div>
        <section className="export-preview" aria-label="Preview">
          {options.format === 'html' ? (
            <div
              className="export-page"
              // The exporter's own sanitized output; only its <article> is shown (no JSON-LD, no head).
              dangerouslySetInnerHTML={{ __html: articleOf(preview) }}
            />
          ) : (
            <pre>{preview}</pre>
          )}
        </section>
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          disabled={!preflight || !overrideReady}
          onClick={() => void run('clipboard')}
        >
          Copy HTML
        </button>
        <button
          type="button"
          className="primary"
          disabled={!preflight || !overrideReady}
          onClick={() => void run('file')}
        >
          Download
        </button>
      </div>
    </Dialog>
  );
}

import { useState, type FormEvent } from 'react';
import { isApiError, type LibrarySource } from '../../core/api';
import {
  SOURCE_TYPE_LABELS,
  SOURCE_TYPES,
  emptySourceForm,
  validateSourceForm,
  type SourceFormErrors,
  type SourceFormValues,
} from '../../core/citations/source-form';
import { sourceToForm } from '../../core/citations/source-form-csl';
import { STUDY_DESIGNS, STUDY_DESIGN_LABELS } from '../../core/citations/source';
import { useApi } from '../api/client';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/format';

interface SourceFormDialogProps {
  open: boolean;
  /** The source to edit; absent to add a new one. */
  source?: LibrarySource | null;
  draftId: string;
  onClose: () => void;
  onSaved: (source: LibrarySource, created: boolean) => void;
  /** When the new source duplicates a library source, offer that one instead. */
  onUseExisting: (sourceId: string) => void;
}

/** Add or edit a source: bibliographic fields and the evidence that matters in medicine. */
export function SourceFormDialog(props: SourceFormDialogProps) {
  const title = props.source ? 'Edit source' : 'Add source';
  return (
    <Dialog title={title} open={props.open} onClose={props.onClose} className="source-dialog">
      {props.open && <SourceFormBody key={props.source?.id ?? 'new'} {...props} />}
    </Dialog>
  );
}

function SourceFormBody({
  source,
  draftId,
  onClose,
  onSaved,
  onUseExisting,
}: SourceFormDialogProps) {
  const api = useApi();
  const [values, setValues] = useState<SourceFormValues>(() =>
    source ? sourceToForm(source.csl, source.evidence) : emptySourceForm(),
  );
  const [errors, setErrors] = useState<SourceFormErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [duplicateOf, setDuplicateOf] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof SourceFormValues>(field: K, value: SourceFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateSourceForm(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      setProblem('Some fields need fixing before the source can be saved.');
      return;
    }
    setErrors({});
    setProblem(null);
    setBusy(true);
    try {
      const saved = source
        ? await api.sources.update({ id: source.id, form: values })
        : await api.sources.create({ form: values, draftId });
      onSaved(saved, !source);
    } catch (error) {
      if (isApiError(error, 'conflict')) {
        setDuplicateOf((error.details as { existingId?: string } | undefined)?.existingId ?? null);
      }
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const field = (
    name: keyof SourceFormValues,
    label: string,
    props: { placeholder?: string; wide?: boolean } = {},
  ) => (
    <div className={props.wide ? 'field span-2' : 'field'}>
      <label>
        {label}
        <input
          value={String(values[name])}
          placeholder={props.placeholder}
          aria-invalid={errors[name] ? true : undefined}
          aria-describedby={errors[name] ? `${name}-error` : undefined}
          onChange={(event) => set(name, event.target.value as never)}
        />
      </label>
      {errors[name] && (
        <span className="field-error" id={`${name}-error`}>
          {errors[name]}
        </span>
      )}
    </div>
  );

  return (
    <form className="source-form" onSubmit={submit} noValidate>
      <div className="metadata-grid">
        <label>
          Type
          <select
            value={values.type}
            onChange={(event) => set('type', event.target.value as SourceFormValues['type'])}
          >
            {SOURCE_TYPES.map((type) => (
              <option key={type} value={type}>
                {SOURCE_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        </label>
        {field('year', 'Year', { placeholder: '2024' })}
        <label className="span-2">
          Authors
          <textarea
            rows={3}
            value={values.authors}
            placeholder={'One per line: Family, Given\nAn organisation on its own line'}
            onChange={(event) => set('authors', event.target.value)}
          />
        </label>
        {field('title', 'Title', { wide: true })}
        {field('journal', values.type === 'webpage' ? 'Website' : 'Journal', { wide: true })}
        {field('volume', 'Volume')}
        {field('issue', 'Issue')}
        {field('pages', 'Pages', { placeholder: '687-700' })}
        {field('publisher', 'Publisher')}
        {field('doi', 'DOI', { placeholder: '10.1056/NEJMoa2308917' })}
        {field('pmid', 'PMID', { placeholder: '38381673' })}
        {field('url', 'URL', { placeholder: 'https://…', wide: true })}
        <div className="field">
          <label>
            Accessed
            <input
              type="date"
              value={values.accessed}
              onChange={(event) => set('accessed', event.target.value)}
            />
          </label>
          {errors.accessed && <span className="field-error">{errors.accessed}</span>}
        </div>
      </div>
      <fieldset className="evidence-fields">
        <legend>Evidence</legend>
        <div className="metadata-grid">
          <label>
            Study design
            <select
              value={values.design}
              onChange={(event) => set('design', event.target.value as SourceFormValues['design'])}
            >
              <option value="">Not assessed</option>
              {STUDY_DESIGNS.map((design) => (
                <option key={design} value={design}>
                  {STUDY_DESIGN_LABELS[design]}
                </option>
              ))}
            </select>
          </label>
          {field('participants', 'Participants (n)', { placeholder: '15' })}
          <label>
            Peer reviewed
            <select
              value={values.peerReviewed}
              onChange={(event) =>
                set('peerReviewed', event.target.value as SourceFormValues['peerReviewed'])
              }
            >
              <option value="">Unknown</option>
              <option value="yes">Yes</option>
              <option value="no">No</option>
            </select>
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={values.retracted}
              onChange={(event) => set('retracted', event.target.checked)}
            />
            Retracted
          </label>
        </div>
      </fieldset>
      {problem && (
        <p role="alert" className="error-text">
          {problem}{' '}
          {duplicateOf && (
            <button type="button" onClick={() => onUseExisting(duplicateOf)}>
              Use the library’s source
            </button>
          )}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {source ? 'Save source' : 'Add source'}
        </button>
      </div>
    </form>
  );
}

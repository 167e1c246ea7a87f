import { useState, type FormEvent } from 'react';
import { Dialog } from './Dialog';

interface PromptDialogProps {
  title: string;
  label: string;
  initialValue?: string;
  confirmLabel: string;
  open: boolean;
  onCancel: () => void;
  /** Resolves when done; a rejection's message is shown under the field. */
  onConfirm: (value: string) => Promise<void>;
}

/** Asks for one line of text ("Version name", "New title") and reports failures in place. */
export function PromptDialog(props: PromptDialogProps) {
  return (
    <Dialog title={props.title} open={props.open} onClose={props.onCancel}>
      {props.open && <PromptForm {...props} />}
    </Dialog>
  );
}

function PromptForm({
  label,
  initialValue = '',
  confirmLabel,
  onCancel,
  onConfirm,
}: PromptDialogProps) {
  const [value, setValue] = useState(initialValue);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await onConfirm(value);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} className="dialog-form">
      <label>
        {label}
        <input autoFocus value={value} onChange={(event) => setValue(event.target.value)} />
      </label>
      {problem && (
        <p role="alert" className="error-text">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {confirmLabel}
        </button>
      </div>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import type { Finding } from '../../core/compliance/finding';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/format';

interface WaiveDialogProps {
  finding: Finding | null;
  onCancel: () => void;
  onWaive: (finding: Finding, reason: string) => Promise<void>;
}

/**
 * Waives one finding. A reason is required; it is stored with who and when, and
 * the waiver lapses as soon as the flagged sentence changes.
 */
export function WaiveDialog({ finding, onCancel, onWaive }: WaiveDialogProps) {
  return (
    <Dialog title="Waive finding" open={finding !== null} onClose={onCancel}>
      {finding && (
        <WaiveForm
          key={`${finding.ruleId}:${finding.from}`}
          finding={finding}
          onCancel={onCancel}
          onWaive={onWaive}
        />
      )}
    </Dialog>
  );
}

function WaiveForm({
  finding,
  onCancel,
  onWaive,
}: { finding: Finding } & Omit<WaiveDialogProps, 'finding'>) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setProblem('Give a reason: it is kept in the audit trail with your name.');
      return;
    }
    try {
      await onWaive(finding, reason.trim());
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  return (
    <form className="dialog-form" onSubmit={submit}>
      <p className="muted small">
        <strong>{finding.ruleId}</strong>: {finding.message}
      </p>
      {finding.excerpt && (
        <blockquote className="thread-quote">{finding.context || finding.excerpt}</blockquote>
      )}
      <label>
        Reason
        <textarea
          autoFocus
          rows={3}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </label>
      <p className="muted small">The waiver lapses if this sentence changes.</p>
      {problem && (
        <p role="alert" className="error-text">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary">
          Waive finding
        </button>
      </div>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import type { TransitionCheck } from '../../core/api';
import { DRAFT_STATUSES, type DraftStatus } from '../../core/document/metadata';
import { STATUS_LABELS } from '../../core/review/workflow/check-transition';
import { useApi } from '../api/client';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/format';

interface StatusControlProps {
  draftId: string;
  status: DraftStatus;
  onChanged: (status: DraftStatus) => void;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'blocked'; check: TransitionCheck }
  | { kind: 'reason'; to: DraftStatus }
  | { kind: 'sign-off'; to: DraftStatus };

/**
 * The draft's workflow status. Moving on asks the service first: when something
 * blocks the move, a dialog says exactly what; going back to Draft asks for a
 * reason; approving asks the reviewer for a sign-off statement.
 */
export function StatusControl({ draftId, status, onChanged }: StatusControlProps) {
  const api = useApi();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [problem, setProblem] = useState<string | null>(null);

  const request = async (to: DraftStatus) => {
    setProblem(null);
    try {
      const check = await api.workflow.check({ draftId, to });
      const onlyReason =
        check.blockers.length > 0 && check.blockers.every((blocker) => blocker.code === 'reason');
      if (onlyReason) setStep({ kind: 'reason', to });
      else if (!check.allowed) setStep({ kind: 'blocked', check });
      else if (to === 'approved') setStep({ kind: 'sign-off', to });
      else await move(to);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  const move = async (to: DraftStatus, extra: { reason?: string; statement?: string } = {}) => {
    const moved = await api.workflow.transition({ draftId, to, ...extra });
    setStep({ kind: 'idle' });
    onChanged(moved.status);
  };

  return (
    <div className="status-control">
      <label>
        <span className="visually-hidden">Status</span>
        <select
          aria-label="Status"
          className={`status-select status-${status}`}
          value={status}
          onChange={(event) => void request(event.target.value as DraftStatus)}
        >
          {DRAFT_STATUSES.map((option) => (
            <option key={option} value={option}>
              {STATUS_LABELS[option]}
            </option>
          ))}
        </select>
      </label>
      {problem && (
        <span role="alert" className="error-text">
          {problem}
        </span>
      )}
      <Dialog
        title={
          step.kind === 'blocked'
            ? `Cannot move to ${STATUS_LABELS[step.check.to]} yet`
            : 'Change status'
        }
        open={step.kind === 'blocked'}
        onClose={() => setStep({ kind: 'idle' })}
        role="alertdialog"
      >
        {step.kind === 'blocked' && (
          <>
            <p>This is what stands in the way:</p>
            <ul className="blocker-list">
              {step.check.blockers.map((blocker) => (
                <li key={blocker.code}>{blocker.message}</li>
              ))}
            </ul>
            <div className="dialog-actions">
              <button type="button" className="primary" onClick={() => setStep({ kind: 'idle' })}>
                OK
              </button>
            </div>
          </>
        )}
      </Dialog>
      <TextStepDialog
        open={step.kind === 'reason'}
        title="Back to Draft"
        label="Reason"
        help="Say why the draft goes back to Draft; the reason is kept in the audit trail."
        confirm="Move to Draft"
        required
        onCancel={() => setStep({ kind: 'idle' })}
        onConfirm={(reason) => move(step.kind === 'reason' ? step.to : 'draft', { reason })}
      />
      <TextStepDialog
        open={step.kind === 'sign-off'}
        title="Approve and sign off"
        label="Sign-off statement"
        help="Your name, role and this statement are recorded with the current revision."
        initial="I have reviewed this draft for medical accuracy and approve it."
        confirm="Approve"
        required
        onCancel={() => setStep({ kind: 'idle' })}
        onConfirm={(statement) => move('approved', { statement })}
      />
    </div>
  );
}

interface TextStepDialogProps {
  open: boolean;
  title: string;
  label: string;
  help: string;
  initial?: string;
  confirm: string;
  required?: boolean;
  onCancel: () => void;
  onConfirm: (text: string) => Promise<void>;
}

function TextStepDialog(props: TextStepDialogProps) {
  return (
    <Dialog title={props.title} open={props.open} onClose={props.onCancel}>
      {props.open && <TextStepForm {...props} />}
    </Dialog>
  );
}

function TextStepForm({
  label,
  help,
  initial = '',
  confirm,
  required,
  onCancel,
  onConfirm,
}: TextStepDialogProps) {
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (required && !text.trim()) {
      setProblem(`${label} is required.`);
      return;
    }
    try {
      await onConfirm(text.trim());
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  return (
    <form className="dialog-form" onSubmit={submit}>
      <p className="muted small">{help}</p>
      <label>
        {label}
        <textarea
          autoFocus
          rows={3}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
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
        <button type="submit" className="primary">
          {confirm}
        </button>
      </div>
    </form>
  );
}

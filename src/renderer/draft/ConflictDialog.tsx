import { Dialog } from '../ui/Dialog';

interface ConflictDialogProps {
  open: boolean;
  message: string;
  onReload: () => void;
  onKeepCopy: () => void;
  busy: boolean;
}

/**
 * Another window saved this draft first. Nothing is overwritten: the writer either
 * takes the other version, or keeps theirs as a separate draft.
 */
export function ConflictDialog({ open, message, onReload, onKeepCopy, busy }: ConflictDialogProps) {
  return (
    <Dialog
      title="This draft changed in another window"
      open={open}
      onClose={() => {}}
      role="alertdialog"
    >
      <p>{message}</p>
      <p>
        Your latest edits in this window are <strong>not saved</strong> yet. Choose what to do with
        them:
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onReload} disabled={busy}>
          Reload the saved draft
        </button>
        <button type="button" className="primary" onClick={onKeepCopy} disabled={busy}>
          Keep my version as a copy
        </button>
      </div>
    </Dialog>
  );
}

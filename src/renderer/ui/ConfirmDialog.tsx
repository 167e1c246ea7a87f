import { Dialog } from './Dialog';

interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  open: boolean;
  danger?: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** A yes/no question whose "yes" button says exactly what will happen. */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  open,
  danger,
  onCancel,
  onConfirm,
}: ConfirmDialogProps) {
  return (
    <Dialog title={title} open={open} onClose={onCancel} role="alertdialog">
      <p>{message}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} autoFocus>
          Cancel
        </button>
        <button type="button" className={danger ? 'danger' : 'primary'} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}

import { useEffect, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  /** alertdialog for confirmations and conflicts that need an answer. */
  role?: 'dialog' | 'alertdialog';
  className?: string;
}

/**
 * A modal built on the native <dialog>: focus trapping, Escape to close and the
 * accessible role come from the browser rather than from our own code.
 */
export function Dialog({
  title,
  open,
  onClose,
  children,
  role = 'dialog',
  className,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      role={role}
      aria-label={title}
      className={['dialog', className].filter(Boolean).join(' ')}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <h2 className="dialog-title">{title}</h2>
          {children}
        </>
      )}
    </dialog>
  );
}

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { DraftSummary } from '../../core/api';
import { formatWhen, formatWords } from '../ui/format';
import { StatusBadge } from './StatusBadge';

export interface RowAction {
  label: string;
  run: () => void;
  danger?: boolean;
}

interface DraftRowProps {
  draft: DraftSummary;
  active: boolean;
  onOpen?: () => void;
  actions: RowAction[];
  /** Replaces the plain title, e.g. with search highlights. */
  title?: ReactNode;
  snippet?: ReactNode;
}

/** One draft in the library: title, category, status, last edit, words, and its actions. */
export function DraftRow({ draft, active, onOpen, actions, title, snippet }: DraftRowProps) {
  const name = draft.title.trim() || 'Untitled draft';
  const detailsId = useId();
  return (
    <li className={`draft-row${active ? ' active' : ''}`}>
      <button
        type="button"
        className="draft-open"
        onClick={onOpen}
        disabled={!onOpen}
        aria-current={active ? 'page' : undefined}
        aria-label={name}
        aria-describedby={detailsId}
      >
        <span className="draft-title">{title ?? name}</span>
        {snippet && <span className="draft-snippet">{snippet}</span>}
        <span className="draft-meta" id={detailsId}>
          {draft.category && <span className="draft-category">{draft.category}</span>}
          <StatusBadge status={draft.status} />
          <span>{formatWhen(draft.trashedAt ?? draft.updatedAt)}</span>
          <span>{formatWords(draft.wordCount)}</span>
        </span>
      </button>
      <RowMenu label="Draft actions" actions={actions} />
    </li>
  );
}

function RowMenu({ label, actions }: { label: string; actions: RowAction[] }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  return (
    <div className="row-menu" ref={ref}>
      <button
        type="button"
        className="icon-button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((value) => !value)}
      >
        ⋯
      </button>
      {open && (
        <ul
          role="menu"
          aria-label={label}
          onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}
        >
          {actions.map((action) => (
            <li key={action.label} role="none">
              <button
                type="button"
                role="menuitem"
                className={action.danger ? 'danger-text' : undefined}
                onClick={() => {
                  setOpen(false);
                  action.run();
                }}
              >
                {action.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

import { useState, type FormEvent } from 'react';
import {
  initialsFor,
  ROLE_LABELS,
  ROLES,
  type Profile,
  type Role,
} from '../../core/review/profile';
import { useApi } from '../api/client';
import { errorMessage } from '../ui/format';

interface ProfileFormProps {
  initial?: Profile | null;
  submitLabel: string;
  onSaved: (profile: Profile) => void;
  onCancel?: () => void;
}

const ROLE_HINTS: Record<Role, string> = {
  writer: 'drafts articles and answers review comments',
  reviewer: 'comments, suggests edits and signs off (approves) drafts',
  editor: 'publishes approved drafts by exporting them',
};

/** Name, initials and role: shown on everything this person writes. */
export function ProfileForm({ initial, submitLabel, onSaved, onCancel }: ProfileFormProps) {
  const api = useApi();
  const [name, setName] = useState(initial?.name ?? '');
  const [initials, setInitials] = useState(initial?.initials ?? '');
  const [initialsTouched, setInitialsTouched] = useState(Boolean(initial));
  const [role, setRole] = useState<Role>(initial?.role ?? 'writer');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      onSaved(await api.profile.set({ name, initials, role }));
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <form className="profile-form" onSubmit={submit}>
      <label>
        Your name
        <input
          autoFocus
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            if (!initialsTouched) setInitials(initialsFor(event.target.value));
          }}
        />
      </label>
      <label>
        Initials
        <input
          value={initials}
          maxLength={4}
          onChange={(event) => {
            setInitials(event.target.value);
            setInitialsTouched(true);
          }}
        />
      </label>
      <fieldset className="role-choice">
        <legend>Role</legend>
        {ROLES.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="role"
              value={option}
              checked={role === option}
              onChange={() => setRole(option)}
            />
            <span>
              <strong>{ROLE_LABELS[option]}</strong> — {ROLE_HINTS[option]}
            </span>
          </label>
        ))}
      </fieldset>
      {problem && (
        <p role="alert" className="error-text">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="primary">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

import { useState } from 'react';
import { ROLE_LABELS } from '../../core/review/profile';
import { Dialog } from '../ui/Dialog';
import { useProfile } from './profile';
import { ProfileForm } from './ProfileForm';

/** Who is working, in the library header; click to change name, initials or role. */
export function ProfileBadge() {
  const { profile, setProfile } = useProfile();
  const [editing, setEditing] = useState(false);
  return (
    <>
      <button
        type="button"
        className="profile-badge"
        aria-label={`Profile: ${profile.name}, ${ROLE_LABELS[profile.role]}`}
        title="Change your profile"
        onClick={() => setEditing(true)}
      >
        <span className="avatar" aria-hidden="true">
          {profile.initials}
        </span>
        <span className="profile-text">
          <span className="profile-name">{profile.name}</span>
          <span className="profile-role">{ROLE_LABELS[profile.role]}</span>
        </span>
      </button>
      <Dialog title="Your profile" open={editing} onClose={() => setEditing(false)}>
        {editing && (
          <ProfileForm
            initial={profile}
            submitLabel="Save profile"
            onCancel={() => setEditing(false)}
            onSaved={(saved) => {
              setProfile(saved);
              setEditing(false);
            }}
          />
        )}
      </Dialog>
    </>
  );
}

import { createContext, useContext } from 'react';
import type { Profile } from '../../core/review/profile';

/** The local profile and a way to change it. */
export interface ProfileState {
  profile: Profile;
  setProfile: (profile: Profile) => void;
}

export const ProfileContext = createContext<ProfileState | null>(null);

/** Who is working: every comment, suggestion and sign-off carries this profile. */
export function useProfile(): ProfileState {
  const state = useContext(ProfileContext);
  if (!state) throw new Error('useProfile outside ProfileContext');
  return state;
}

import { ApiError } from '../../core/api';
import type { Profile } from '../../core/review/profile';
import type { Library } from '../storage/library';

/** The local profile; review actions need one, so without it they are refused plainly. */
export function requireSelf(library: Library): Profile {
  const self = library.profiles.self();
  if (!self)
    throw new ApiError('forbidden', 'Choose your profile (name, initials and role) first.');
  return self;
}

import type { VettedHandlers } from '../../core/api';
import type { ServiceContext } from './context';

/** The profile namespace: who works on this machine. */
export function profileService(context: ServiceContext): VettedHandlers['profile'] {
  const library = () => context.host.library();
  return {
    get: () => library().profiles.self(),
    set: ({ name, initials, role }) => {
      const lib = library();
      const current = lib.profiles.self();
      const profile = {
        id: current?.id ?? context.newId(),
        name,
        initials: initials.toUpperCase(),
        role,
      };
      lib.profiles.setSelf(profile, context.now().toISOString());
      return profile;
    },
  };
}

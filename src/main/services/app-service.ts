import type { VettedHandlers } from '../../core/api';
import type { ServiceContext } from './context';

/** The app namespace: what is running, and which library file it works on. */
export function appService(context: ServiceContext): VettedHandlers['app'] {
  return {
    info: () => ({
      name: 'Vetted',
      version: context.appVersion,
      host: context.hostKind,
      library: context.host.state(),
    }),
    openLibrary: ({ path }) => context.host.openExisting(path),
    createLibrary: ({ path }) => context.host.createNew(path),
  };
}

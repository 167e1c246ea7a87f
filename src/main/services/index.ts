import type { VettedHandlers } from '../../core/api';
import { appService } from './app-service';
import type { ServiceContext } from './context';
import { draftsService } from './drafts-service';
import { draftSourcesService, sourcesService } from './sources-service';
import { versionsService } from './versions-service';

/**
 * The handler table every transport dispatches into: one service per contract
 * namespace. Typed as VettedHandlers, so a method missing here does not compile.
 */
export function createHandlers(context: ServiceContext): VettedHandlers {
  return {
    app: appService(context),
    drafts: draftsService(context),
    versions: versionsService(context),
    sources: sourcesService(context),
    draftSources: draftSourcesService(context),
  };
}

export type { ServiceContext } from './context';
export { LibraryHost } from './library-host';

import type { VettedHandlers } from '../../core/api';
import { appService } from './app-service';
import { auditService } from './audit-service';
import { commentsService } from './comments-service';
import type { ComplianceChecks } from './compliance-checks';
import { complianceService } from './compliance-service';
import type { ServiceContext } from './context';
import { draftsService } from './drafts-service';
import { exportService } from './export-service';
import { importService } from './import-service';
import { profileService } from './profile-service';
import { reviewPackagesService } from './review-packages-service';
import { draftSourcesService, sourcesService } from './sources-service';
import { suggestionsService } from './suggestions-service';
import { versionsService } from './versions-service';
import { workflowService } from './workflow-service';

/**
 * The handler table every transport dispatches into: one service per contract
 * namespace. Typed as VettedHandlers, so a method missing here does not compile.
 */
export function createHandlers(context: ServiceContext, checks: ComplianceChecks): VettedHandlers {
  return {
    app: appService(context),
    drafts: draftsService(context),
    versions: versionsService(context),
    sources: sourcesService(context),
    draftSources: draftSourcesService(context),
    profile: profileService(context),
    comments: commentsService(context),
    suggestions: suggestionsService(context),
    workflow: workflowService(context),
    audit: auditService(context),
    reviewPackages: reviewPackagesService(context),
    compliance: complianceService(context, checks),
    transfer: { ...importService(context), ...exportService(context, checks) },
  };
}

export type { ServiceContext } from './context';
export { LibraryHost } from './library-host';
export { ComplianceChecks } from './compliance-checks';

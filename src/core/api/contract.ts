import { appContract } from './app';
import { complianceContract } from './compliance';
import type { BridgeOf, ClientOf, HandlersOf, MethodName } from './define';
import { draftsContract } from './drafts';
import {
  auditContract,
  commentsContract,
  profileContract,
  reviewPackagesContract,
  suggestionsContract,
  workflowContract,
} from './review';
import { draftSourcesContract, sourcesContract } from './sources';
import { transferContract } from './transfer';
import { versionsContract } from './versions';

/**
 * THE contract: every method the renderer, the CLI and tests can call, by
 * namespace. IPC channels, HTTP routes, the preload bridge and the service
 * table are all derived from this object; nothing else names a method.
 */
export const contract = {
  app: appContract,
  drafts: draftsContract,
  versions: versionsContract,
  sources: sourcesContract,
  draftSources: draftSourcesContract,
  profile: profileContract,
  comments: commentsContract,
  suggestions: suggestionsContract,
  workflow: workflowContract,
  audit: auditContract,
  reviewPackages: reviewPackagesContract,
  compliance: complianceContract,
  transfer: transferContract,
};

export type Contract = typeof contract;
/** The typed, throwing client the renderer uses. */
export type VettedApi = ClientOf<Contract>;
/** The errors-as-data object the preload exposes as `window.vetted`. */
export type VettedBridge = BridgeOf<Contract>;
/** What the main process implements. */
export type VettedHandlers = HandlersOf<Contract>;
/** "drafts.save" and friends. */
export type VettedMethod = MethodName<Contract>;

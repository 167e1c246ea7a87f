import { ApiError, type TransitionCheck, type VettedHandlers } from '../../core/api';
import type { DraftStatus } from '../../core/document/metadata';
import { listSuggestions } from '../../core/review/suggestions/list-suggestions';
import { checkTransition } from '../../core/review/workflow/check-transition';
import type { Library } from '../storage/library';
import type { ServiceContext } from './context';
import { requireDraft, toSummary } from './drafts-service';
import { requireSelf } from './self-profile';

/** The standard sign-off statement when a reviewer approves without writing one. */
export const DEFAULT_SIGN_OFF = 'I have reviewed this draft for medical accuracy and approve it.';

/** The workflow namespace: status changes behind the approval gate, and sign-offs. */
export function workflowService(context: ServiceContext): VettedHandlers['workflow'] {
  const library = () => context.host.library();

  const check = (
    lib: Library,
    draftId: string,
    to: DraftStatus,
    reason?: string,
  ): TransitionCheck => {
    const draft = requireDraft(lib, draftId);
    const self = requireSelf(lib);
    const openThreads = lib.review.openThreadCount(draftId);
    const unwaivedErrors = context.unwaivedErrors(lib, draft);
    const blockers = checkTransition(draft.status, to, {
      actorRole: self.role,
      openThreads,
      unwaivedErrors,
      pendingSuggestions: listSuggestions(draft.doc).length,
      ...(reason === undefined ? {} : { reason }),
    });
    return {
      from: draft.status,
      to,
      allowed: blockers.length === 0,
      blockers,
      openThreads,
      unwaivedErrors,
    };
  };

  return {
    check: ({ draftId, to }) => check(library(), draftId, to, ''),

    transition: ({ draftId, to, reason, statement }) => {
      const lib = library();
      return lib.transaction(() => {
        const result = check(lib, draftId, to, reason);
        if (!result.allowed) {
          throw new ApiError(
            'forbidden',
            result.blockers.map((blocker) => blocker.message).join('. ') + '.',
            {
              details: { blockers: result.blockers },
            },
          );
        }
        const draft = requireDraft(lib, draftId);
        const self = requireSelf(lib);
        const at = context.now().toISOString();
        lib.drafts.setStatus(draftId, to);
        lib.audit.append({
          draftId,
          at,
          actor: self.name,
          action: 'status-changed',
          detail: { from: draft.status, to, ...(reason ? { reason } : {}), role: self.role },
        });
        if (to === 'approved') {
          const signOff = {
            id: context.newId(),
            draftId,
            revision: draft.revision,
            signer: self,
            statement: statement || DEFAULT_SIGN_OFF,
            createdAt: at,
          };
          lib.review.addSignOff(signOff);
          lib.audit.append({
            draftId,
            at,
            actor: self.name,
            action: 'signed-off',
            detail: {
              revision: draft.revision,
              statement: signOff.statement,
              signOffId: signOff.id,
            },
          });
        }
        return toSummary({ ...draft, status: to });
      });
    },

    signOffs: ({ draftId }) => {
      const lib = library();
      requireDraft(lib, draftId);
      return lib.review.signOffs(draftId);
    },
  };
}

import type { VettedHandlers } from '../../core/api';
import type { ServiceContext } from './context';
import { requireDraft } from './drafts-service';
import { requireSelf } from './self-profile';

/** The suggestions namespace: remembers decisions so a returned package cannot revive them. */
export function suggestionsService(context: ServiceContext): VettedHandlers['suggestions'] {
  return {
    recordDecision: ({ draftId, suggestionIds, decision }) => {
      const lib = context.host.library();
      return lib.transaction(() => {
        requireDraft(lib, draftId);
        lib.review.decide(
          draftId,
          suggestionIds,
          decision,
          requireSelf(lib),
          context.now().toISOString(),
        );
        return { recorded: suggestionIds.length };
      });
    },
  };
}

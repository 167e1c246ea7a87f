import type { VettedHandlers } from '../../core/api';
import { listSuggestions } from '../../core/review/suggestions/list-suggestions';
import type { ServiceContext } from './context';
import { requireDraft } from './drafts-service';
import { requireSelf } from './self-profile';

/** The suggestions namespace: remembers decisions so a returned package cannot revive them. */
export function suggestionsService(context: ServiceContext): VettedHandlers['suggestions'] {
  return {
    recordDecision: ({ draftId, suggestionIds, decision, described = [] }) => {
      const lib = context.host.library();
      return lib.transaction(() => {
        const draft = requireDraft(lib, draftId);
        const self = requireSelf(lib);
        const at = context.now().toISOString();
        // A second click on a decided suggestion is not a second decision: audit each id once.
        const decided = new Set(lib.review.decidedSuggestionIds(draftId));
        const fresh = [...new Set(suggestionIds)].filter((id) => !decided.has(id));
        // The stored draft is the record; the editor's description covers suggestions made
        // since the last autosave.
        const pending = new Map(
          [...described, ...listSuggestions(draft.doc)].map((item) => [item.id, item]),
        );
        lib.review.decide(draftId, fresh, decision, self, at);
        for (const id of fresh) {
          const suggestion = pending.get(id);
          lib.audit.append({
            draftId,
            at,
            actor: self.name,
            action: decision === 'accept' ? 'suggestion-accepted' : 'suggestion-rejected',
            detail: {
              suggestionId: id,
              ...(suggestion
                ? {
                    kind: suggestion.kind,
                    insertedText: suggestion.insertedText,
                    deletedText: suggestion.deletedText,
                    suggestedBy: suggestion.authorName,
                  }
                : {}),
            },
          });
        }
        return { recorded: fresh.length };
      });
    },
  };
}

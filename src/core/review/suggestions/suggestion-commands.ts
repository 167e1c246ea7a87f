import type { Command } from '@tiptap/pm/state';
import {
  applySuggestionDecision,
  type SuggestionDecision,
  type SuggestionSelector,
} from './decide-suggestions';
import { bypassSuggesting } from './suggesting-plugin';

function decide(decision: SuggestionDecision, selector: SuggestionSelector): Command {
  return (state, dispatch) => {
    const tr = applySuggestionDecision(state.tr, decision, selector);
    if (!tr.docChanged) return false;
    dispatch?.(bypassSuggesting(tr));
    return true;
  };
}

/** Command: accept one suggestion (an insertion stays as text; a deletion removes its text). */
export const acceptSuggestion = (id: string): Command => decide('accept', [id]);
/** Command: reject one suggestion (an insertion's text goes; a deletion's text stays). */
export const rejectSuggestion = (id: string): Command => decide('reject', [id]);
/** Command: accept every suggestion in the document. */
export const acceptAllSuggestions = (): Command => decide('accept', 'all');
/** Command: reject every suggestion in the document. */
export const rejectAllSuggestions = (): Command => decide('reject', 'all');

import type { DraftStatus } from '../../document/metadata';
import type { Role } from '../profile';

/** Human labels of workflow statuses. */
export const STATUS_LABELS: Record<DraftStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved',
  published: 'Published',
};

/** What the workflow gate needs to know about the draft and the person moving it. */
export interface TransitionContext {
  /** Role of the profile asking for the change. */
  actorRole: Role;
  /** Comment threads not resolved yet (orphaned ones count: nobody answered them). */
  openThreads: number;
  /** Compliance findings of error severity that nobody waived. */
  unwaivedErrors: number;
  /** Suggestions nobody accepted or rejected yet (unknown: not checked). */
  pendingSuggestions?: number;
  /** Why the draft goes back to draft. */
  reason?: string | null;
  /** True when the change is made by an export (publishing). */
  viaExport?: boolean;
}

/** Why a status change is refused. */
export type BlockerCode =
  | 'same-status'
  | 'not-allowed'
  | 'role'
  | 'open-threads'
  | 'suggestions'
  | 'compliance'
  | 'reason'
  | 'export';

/** One reason a status change cannot happen, in words the dialog shows as is. */
export interface TransitionBlocker {
  code: BlockerCode;
  message: string;
}

type Rule = (context: TransitionContext) => TransitionBlocker | null;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const reviewerApproves: Rule = (context) =>
  context.actorRole === 'reviewer'
    ? null
    : { code: 'role', message: 'Only a reviewer can approve' };

const threadsResolved: Rule = ({ openThreads }) =>
  openThreads === 0
    ? null
    : {
        code: 'open-threads',
        message: `${plural(openThreads, 'comment thread is', 'comment threads are')} still open`,
      };

// An approval covers text nobody may still change: every suggestion must be settled first.
const suggestionsSettled: Rule = ({ pendingSuggestions = 0 }) =>
  pendingSuggestions === 0
    ? null
    : {
        code: 'suggestions',
        message: `${plural(pendingSuggestions, 'suggestion is', 'suggestions are')} still pending: accept or reject ${pendingSuggestions === 1 ? 'it' : 'them'} before approving`,
      };

const errorsWaived: Rule = ({ unwaivedErrors }) =>
  unwaivedErrors === 0
    ? null
    : {
        code: 'compliance',
        message: `${plural(unwaivedErrors, 'compliance error is', 'compliance errors are')} not waived`,
      };

const editorPublishes: Rule = (context) =>
  context.actorRole === 'editor' ? null : { code: 'role', message: 'Only an editor can publish' };

const publishedByExport: Rule = (context) =>
  context.viaExport ? null : { code: 'export', message: 'Publishing is an export by an editor' };

const reasonGiven: Rule = (context) =>
  context.reason?.trim()
    ? null
    : { code: 'reason', message: 'A reason is required to move back to draft' };

/** The workflow: each allowed move and the rules it must pass. Anything not listed is refused. */
const TRANSITIONS: Partial<Record<`${DraftStatus}->${DraftStatus}`, readonly Rule[]>> = {
  'draft->in-review': [],
  'in-review->approved': [reviewerApproves, threadsResolved, suggestionsSettled, errorsWaived],
  'approved->published': [editorPublishes, publishedByExport],
  'in-review->draft': [reasonGiven],
  'approved->draft': [reasonGiven],
  'published->draft': [reasonGiven],
};

/** Why a move outside the workflow is refused, by target status. */
const NOT_ALLOWED: Partial<Record<DraftStatus, string>> = {
  'in-review': 'Only a draft can be sent for review; move it back to draft first',
  approved: 'Only a draft in review can be approved',
  published: 'Only an approved draft can be published',
};

/** The statuses a draft may move to from a status, in workflow order. */
export function nextStatuses(from: DraftStatus): DraftStatus[] {
  return Object.keys(TRANSITIONS)
    .filter((key) => key.startsWith(`${from}->`))
    .map((key) => key.slice(from.length + 2) as DraftStatus);
}

/**
 * Everything that blocks moving a draft from one status to another; an empty
 * list means the move is allowed. Approving needs a reviewer, no open threads
 * and no unwaived compliance errors; publishing is an export by an editor of an
 * approved draft; going back to draft needs a reason.
 */
export function checkTransition(
  from: DraftStatus,
  to: DraftStatus,
  context: TransitionContext,
): TransitionBlocker[] {
  if (from === to) {
    return [
      { code: 'same-status', message: `The draft is already ${STATUS_LABELS[to].toLowerCase()}` },
    ];
  }
  const rules = TRANSITIONS[`${from}->${to}`];
  if (!rules) {
    const message =
      NOT_ALLOWED[to] ?? `A draft cannot move from ${STATUS_LABELS[from]} to ${STATUS_LABELS[to]}`;
    return [{ code: 'not-allowed', message }];
  }
  return rules
    .map((rule) => rule(context))
    .filter((blocker): blocker is TransitionBlocker => blocker !== null);
}

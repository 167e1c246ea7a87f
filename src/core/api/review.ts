import { z } from 'zod';
import { DraftStatus } from '../document/metadata';
import { Profile, Role } from '../review/profile';
import { Comment, SignOff, Thread } from '../review/thread';
import { DraftSummary } from './drafts';
import { method } from './define';
import { Id, Timestamp } from './ids';

/** The local profile as the first-start form sends it (the id is made by the service). */
export const ProfileInput = z.object({
  name: z.string().trim().min(1, 'Give your name').max(100, 'That name is too long'),
  initials: z
    .string()
    .trim()
    .min(1, 'Give your initials')
    .max(4, 'Use at most 4 characters for initials'),
  role: Role,
});

/** Who works on this machine. */
export const profileContract = {
  get: method({
    summary: 'The local profile, or null before it was chosen at first start.',
    input: z.object({}).default({}),
    output: Profile.nullable(),
  }),
  set: method({
    summary: 'Chooses or changes the local profile (name, initials, role).',
    input: ProfileInput,
    output: Profile,
  }),
};

/** A draft's threads and comments. */
export const ThreadsView = z.object({ threads: z.array(Thread), comments: z.array(Comment) });
export type ThreadsView = z.infer<typeof ThreadsView>;

/** Comment threads anchored to text (the anchor is a mark the renderer puts in the document). */
export const commentsContract = {
  list: method({
    summary: "A draft's comment threads and their comments, oldest first.",
    input: z.object({ draftId: Id }),
    output: ThreadsView,
  }),
  start: method({
    summary:
      'Starts a thread on quoted text with its first comment; the renderer anchors it with a mark.',
    input: z.object({
      draftId: Id,
      threadId: Id,
      quote: z.string().max(2000),
      body: z.string().trim().min(1, 'Write a comment').max(10_000, 'That comment is too long'),
    }),
    output: ThreadsView,
  }),
  reply: method({
    summary: 'Adds a reply to a thread.',
    input: z.object({
      threadId: Id,
      body: z.string().trim().min(1, 'Write a reply').max(10_000, 'That reply is too long'),
    }),
    output: ThreadsView,
  }),
  resolve: method({
    summary: 'Marks a thread resolved.',
    input: z.object({ threadId: Id }),
    output: ThreadsView,
  }),
  reopen: method({
    summary: 'Opens a resolved thread again.',
    input: z.object({ threadId: Id }),
    output: ThreadsView,
  }),
};

/** Decisions on suggested edits (the edits themselves are marks in the document). */
export const suggestionsContract = {
  recordDecision: method({
    summary: 'Records that suggestions were accepted or rejected, so no package brings them back.',
    input: z.object({
      draftId: Id,
      suggestionIds: z.array(Id).min(1).max(10_000),
      decision: z.enum(['accept', 'reject']),
      /** What the decided suggestions said, for the audit when the stored draft is behind the editor. */
      described: z
        .array(
          z.object({
            id: Id,
            kind: z.enum(['insertion', 'deletion', 'replacement']),
            insertedText: z.string().max(20_000),
            deletedText: z.string().max(20_000),
            authorName: z.string().max(200),
          }),
        )
        .max(10_000)
        .optional(),
    }),
    output: z.object({ recorded: z.number().int() }),
  }),
};

/** Why a status change is not possible now. */
export const TransitionBlocker = z.object({ code: z.string(), message: z.string() });

/** What a status change needs, and what stands in its way. */
export const TransitionCheck = z.object({
  from: DraftStatus,
  to: DraftStatus,
  allowed: z.boolean(),
  blockers: z.array(TransitionBlocker),
  openThreads: z.number().int(),
  unwaivedErrors: z.number().int(),
});
export type TransitionCheck = z.infer<typeof TransitionCheck>;

/** The review workflow: Draft → In review → Approved → Published, and back to Draft with a reason. */
export const workflowContract = {
  check: method({
    summary: 'Whether the draft can move to a status now, and exactly what blocks it.',
    input: z.object({ draftId: Id, to: DraftStatus }),
    output: TransitionCheck,
  }),
  transition: method({
    summary:
      'Moves the draft to a status; refused with "forbidden" and the blockers when not allowed.',
    input: z.object({
      draftId: Id,
      to: DraftStatus,
      reason: z.string().trim().max(2000).optional(),
      /** When approving: the reviewer's sign-off statement. */
      statement: z.string().trim().max(2000).optional(),
    }),
    output: DraftSummary,
  }),
  signOffs: method({
    summary: "A draft's sign-offs, oldest first.",
    input: z.object({ draftId: Id }),
    output: z.array(SignOff),
  }),
};

/** One line of the audit trail. */
export const AuditEntry = z.object({
  id: z.number().int(),
  draftId: Id.nullable(),
  at: Timestamp,
  actor: z.string(),
  action: z.string(),
  /** A readable sentence saying what happened. */
  summary: z.string(),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** The append-only audit trail. */
export const auditContract = {
  list: method({
    summary: "A draft's audit trail, oldest first.",
    input: z.object({ draftId: Id }),
    output: z.array(AuditEntry),
  }),
  exportCsv: method({
    summary: "A draft's audit trail as CSV (who, when, what), for saving as a file.",
    input: z.object({ draftId: Id }),
    output: z.object({ fileName: z.string(), csv: z.string() }),
  }),
};

/** What importing a review package did. */
export const ReviewImportResult = z.object({
  /** 'opened': a new draft here (the reviewer's side); 'merged': into the existing draft. */
  mode: z.enum(['opened', 'merged']),
  draftId: Id,
  title: z.string(),
  merged: z.array(z.object({ kind: z.string(), message: z.string() })),
  conflicts: z.array(
    z.object({ kind: z.string(), reason: z.string(), quote: z.string(), message: z.string() }),
  ),
  /** One sentence for the notice: "3 comments, 2 suggestions merged; 1 conflict". */
  summary: z.string(),
});
export type ReviewImportResult = z.infer<typeof ReviewImportResult>;

/** Review packages: one file with the draft, its sources, comments and suggestions. */
export const reviewPackagesContract = {
  create: method({
    summary:
      'Writes the review package of a draft (its text, sources, threads, sign-offs) as file content.',
    input: z.object({ draftId: Id }),
    output: z.object({ fileName: z.string(), content: z.string() }),
  }),
  import: method({
    summary:
      'Opens a received package as a draft, or merges a returned one into the draft it came from.',
    input: z.object({ content: z.string().max(100_000_000, 'The file is larger than 100 MB') }),
    output: ReviewImportResult,
  }),
};

import { z } from 'zod';
import { Id, Timestamp } from '../api/ids';
import { Profile } from './profile';

/** Whether a comment thread still needs attention. */
export const ThreadStatus = z.enum(['open', 'resolved']);
export type ThreadStatus = z.infer<typeof ThreadStatus>;

/** Longest quote a thread keeps of its anchored text. */
export const MAX_QUOTE_LENGTH = 2000;

/**
 * A comment thread on a draft. The anchor itself is a `comment` mark in the
 * document; `quote` keeps the anchored text as it was when the thread started,
 * so an orphaned thread (its text deleted) can still show what it was about.
 */
export const Thread = z
  .object({
    id: Id,
    draftId: Id,
    quote: z.string().max(MAX_QUOTE_LENGTH),
    status: ThreadStatus,
    createdBy: Profile,
    createdAt: Timestamp,
    /** Time of the last status change (creation, resolve, reopen): newer wins when merging. */
    updatedAt: Timestamp,
    resolvedBy: Profile.nullable(),
    resolvedAt: Timestamp.nullable(),
  })
  .refine(
    (thread) =>
      thread.status === 'resolved'
        ? thread.resolvedBy !== null && thread.resolvedAt !== null
        : thread.resolvedBy === null && thread.resolvedAt === null,
    { message: 'A resolved thread names who resolved it and when; an open one does not' },
  );
export type Thread = z.infer<typeof Thread>;

/** One message in a thread: the first one starts it, the rest are replies. */
export const Comment = z.object({
  id: Id,
  threadId: Id,
  author: Profile,
  body: z.string().trim().min(1, 'Write a comment').max(10_000, 'That comment is too long'),
  createdAt: Timestamp,
});
export type Comment = z.infer<typeof Comment>;

/** A reviewer's or editor's signed statement about one revision of a draft. */
export const SignOff = z.object({
  id: Id,
  draftId: Id,
  revision: z.number().int().min(0),
  signer: Profile,
  statement: z.string().trim().min(1, 'Say what you sign off').max(2000),
  createdAt: Timestamp,
});
export type SignOff = z.infer<typeof SignOff>;

/** A thread marked resolved by someone at a time. */
export function resolveThread(thread: Thread, by: Profile, at: string): Thread {
  return { ...thread, status: 'resolved', resolvedBy: by, resolvedAt: at, updatedAt: at };
}

/** A resolved thread opened again. */
export function reopenThread(thread: Thread, at: string): Thread {
  return { ...thread, status: 'open', resolvedBy: null, resolvedAt: null, updatedAt: at };
}

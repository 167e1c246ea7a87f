import type { JSONContent } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import type { Source } from '../../citations/source';
import { toDocNode } from '../doc-node';
import { listSuggestions, type SuggestionKind } from '../suggestions/list-suggestions';
import type { Comment, SignOff, Thread } from '../thread';
import type { MissReason } from '../text/doc-correspondence';
import { anchorNewThreads } from './anchor-new-threads';
import type { ReviewPackage } from './review-package';
import { transplantSuggestions } from './transplant-suggestions';

/** The writer's side of a merge: the draft as it is now, with its review data. */
export interface MergeTarget {
  draftId: string;
  /** The draft's current revision: tells whether the writer edited it since sending. */
  revision: number;
  doc: JSONContent;
  threads: readonly Thread[];
  comments: readonly Comment[];
  signOffs: readonly SignOff[];
  /** Ids of the sources the writer's library already has. */
  sourceIds: readonly string[];
  /** Suggestions the writer already accepted or rejected, so an old package cannot bring them back. */
  decidedSuggestionIds?: readonly string[];
}

/** Something from the package that is now in the draft. */
export type MergedItem =
  | { kind: 'thread'; threadId: string; anchored: boolean; message: string }
  | { kind: 'comment'; threadId: string; commentId: string; message: string }
  | { kind: 'thread-status'; threadId: string; status: Thread['status']; message: string }
  | { kind: 'suggestion'; suggestionId: string; suggestionKind: SuggestionKind; message: string }
  | { kind: 'sign-off'; signOffId: string; message: string };

/** Something from the package that could not be placed in the draft, and why. */
export interface MergeConflict {
  kind: 'thread' | 'suggestion';
  id: string;
  reason: MissReason;
  /** The text it was about, as the reviewer saw it. */
  quote: string;
  message: string;
}

/** What a merge did: each item merged and each conflict, in words for the user. */
export interface MergeReport {
  merged: MergedItem[];
  conflicts: MergeConflict[];
}

/** The merged draft and review data to store, or why the package cannot be merged. */
export type MergeReviewResult =
  | { ok: false; message: string }
  | {
      ok: true;
      doc: JSONContent;
      docChanged: boolean;
      added: { threads: Thread[]; comments: Comment[]; signOffs: SignOff[]; sources: Source[] };
      /** Known threads whose status the reviewer changed later than the writer did. */
      updatedThreads: Thread[];
      /** Whether the writer's draft changed since the package being answered was sent (null: not an answer). */
      editedSinceSent: boolean | null;
      report: MergeReport;
    };

/**
 * Merges a package returned by a reviewer into the writer's current draft: new
 * threads (anchored to the same text), replies, thread status changes,
 * suggestions (placed at the same text) and sign-offs. The writer's own text and
 * edits made meanwhile are kept as they are; what cannot be placed because its
 * text changed is reported as a conflict (a thread is still added, as orphaned).
 */
export function mergeReviewPackage(
  target: MergeTarget,
  reviewPackage: ReviewPackage,
): MergeReviewResult {
  const payload = reviewPackage.payload;
  if (payload.draft.id !== target.draftId) {
    const title = payload.draft.metadata.title || 'Untitled';
    return { ok: false, message: `This review package is for another draft ("${title}").` };
  }
  const source = toDocNode(payload.draft.doc);
  const current = toDocNode(target.doc);
  const merged: MergedItem[] = [];
  const conflicts: MergeConflict[] = [];

  const knownSuggestions = new Set([
    ...listSuggestions(current).map((s) => s.id),
    ...(target.decidedSuggestionIds ?? []),
  ]);
  const newSuggestionIds = new Set(
    listSuggestions(source)
      .map((s) => s.id)
      .filter((id) => !knownSuggestions.has(id)),
  );
  const transplanted = transplantSuggestions(source, current, newSuggestionIds);
  for (const suggestion of transplanted.applied) {
    merged.push({
      kind: 'suggestion',
      suggestionId: suggestion.id,
      suggestionKind: suggestion.kind,
      message: `${suggestion.authorName} suggested ${describeSuggestion(suggestion)}`,
    });
  }
  for (const { suggestion, reason } of transplanted.conflicts) {
    const quote = suggestion.deletedText || suggestion.insertedText;
    conflicts.push({
      kind: 'suggestion',
      id: suggestion.id,
      reason,
      quote,
      message: `${suggestion.authorName}'s suggestion (${describeSuggestion(suggestion)}) was not applied: ${MISS_REASONS[reason]}.`,
    });
  }

  const knownThreads = new Map(target.threads.map((thread) => [thread.id, thread]));
  const newThreads = payload.threads.filter((thread) => !knownThreads.has(thread.id));
  const anchoring = anchorNewThreads(
    source,
    transplanted.doc,
    newThreads.map((thread) => thread.id),
  );
  for (const thread of newThreads) {
    const miss = anchoring.conflicts.get(thread.id);
    const anchored = anchoring.anchored.has(thread.id);
    if (miss) {
      conflicts.push({
        kind: 'thread',
        id: thread.id,
        reason: miss,
        quote: thread.quote,
        message: `The comment thread on ${quoted(thread.quote)} could not be anchored: ${MISS_REASONS[miss]}. It is kept, shown as orphaned with its quote.`,
      });
    }
    merged.push({
      kind: 'thread',
      threadId: thread.id,
      anchored,
      message: `New comment thread by ${thread.createdBy.name} on ${quoted(thread.quote)}${anchored ? '' : ' (orphaned)'}`,
    });
  }

  const updatedThreads = statusChanges(payload.threads, knownThreads);
  for (const thread of updatedThreads) {
    const by =
      thread.status === 'resolved' ? ` by ${thread.resolvedBy?.name ?? 'the reviewer'}` : '';
    merged.push({
      kind: 'thread-status',
      threadId: thread.id,
      status: thread.status,
      message: `The thread on ${quoted(thread.quote)} was ${thread.status === 'resolved' ? 'resolved' : 'reopened'}${by}`,
    });
  }

  const threadQuotes = new Map(
    [...target.threads, ...newThreads].map((thread) => [thread.id, thread.quote]),
  );
  const knownComments = new Set(target.comments.map((comment) => comment.id));
  const comments = payload.comments.filter(
    (comment) => !knownComments.has(comment.id) && threadQuotes.has(comment.threadId),
  );
  const openers = firstComments(payload.comments, newThreads);
  for (const comment of comments) {
    const reply = !openers.has(comment.id);
    merged.push({
      kind: 'comment',
      threadId: comment.threadId,
      commentId: comment.id,
      message: `${reply ? 'Reply' : 'Comment'} by ${comment.author.name} on ${quoted(threadQuotes.get(comment.threadId) ?? '')}`,
    });
  }

  const knownSignOffs = new Set(target.signOffs.map((signOff) => signOff.id));
  const signOffs = payload.signOffs.filter((signOff) => !knownSignOffs.has(signOff.id));
  for (const signOff of signOffs) {
    merged.push({
      kind: 'sign-off',
      signOffId: signOff.id,
      message: `Sign-off by ${signOff.signer.name} on revision ${signOff.revision}: ${quoted(signOff.statement)}`,
    });
  }

  const doc = anchoring.doc;
  return {
    ok: true,
    doc: doc.toJSON() as JSONContent,
    docChanged: !doc.eq(current),
    added: {
      threads: newThreads,
      comments,
      signOffs,
      sources: newSources(doc, payload.sources, target.sourceIds),
    },
    updatedThreads,
    editedSinceSent: payload.basedOn ? target.revision !== payload.basedOn.revision : null,
    report: { merged, conflicts },
  };
}

const MISS_REASONS: Record<MissReason, string> = {
  'text-changed': 'that text was changed in the draft after the package was sent',
  'not-found': 'that passage was rewritten or removed from the draft after the package was sent',
};

const SUGGESTION_WORDS: Record<
  SuggestionKind,
  (s: { insertedText: string; deletedText: string }) => string
> = {
  insertion: (s) => `inserting ${quoted(s.insertedText)}`,
  deletion: (s) => `deleting ${quoted(s.deletedText)}`,
  replacement: (s) => `replacing ${quoted(s.deletedText)} with ${quoted(s.insertedText)}`,
};

function describeSuggestion(suggestion: {
  kind: SuggestionKind;
  insertedText: string;
  deletedText: string;
}): string {
  return SUGGESTION_WORDS[suggestion.kind](suggestion);
}

/** A text in quotes, shortened for a one-line report. */
function quoted(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return `"${line.length > 60 ? `${line.slice(0, 59)}…` : line}"`;
}

/** Ids of the comments that start the new threads (the earliest in each). */
function firstComments(comments: readonly Comment[], threads: readonly Thread[]): Set<string> {
  const first = new Map<string, Comment>();
  for (const comment of comments) {
    const earliest = first.get(comment.threadId);
    if (!earliest || Date.parse(comment.createdAt) < Date.parse(earliest.createdAt)) {
      first.set(comment.threadId, comment);
    }
  }
  return new Set(
    threads
      .map((thread) => first.get(thread.id)?.id)
      .filter((id): id is string => id !== undefined),
  );
}

/** Known threads whose status the package changed later than the writer's last change. */
function statusChanges(incoming: readonly Thread[], known: ReadonlyMap<string, Thread>): Thread[] {
  return incoming.filter((thread) => {
    const mine = known.get(thread.id);
    return (
      mine !== undefined &&
      mine.status !== thread.status &&
      Date.parse(thread.updatedAt) > Date.parse(mine.updatedAt)
    );
  });
}

/** Sources the merged document cites that the writer's library does not have yet. */
function newSources(doc: Node, sources: readonly Source[], known: readonly string[]): Source[] {
  const cited = new Set<string>();
  doc.descendants((node) => {
    if (node.type.name === 'citation')
      for (const id of node.attrs.sourceIds as string[]) cited.add(id);
    return true;
  });
  const have = new Set(known);
  return sources.filter((source) => cited.has(source.id) && !have.has(source.id));
}

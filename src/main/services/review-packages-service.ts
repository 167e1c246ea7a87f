import { canonicalJson } from '../../core/review/package/canonical-json';
import { ApiError, type ReviewImportResult, type VettedHandlers } from '../../core/api';
import { UniqueKeys } from '../../core/citations/citation-key';
import type { Source } from '../../core/citations/source';
import {
  buildReviewPackage,
  serializeReviewPackage,
} from '../../core/review/package/build-package';
import { mergeReviewPackage, type MergeReport } from '../../core/review/package/merge-package';
import { readReviewPackage } from '../../core/review/package/read-package';
import {
  REVIEW_PACKAGE_EXTENSION,
  type ReviewPackage,
} from '../../core/review/package/review-package';
import type { Profile } from '../../core/review/profile';
import type { Library } from '../storage/library';
import type { DraftRecord } from '../storage/rows';
import type { ServiceContext } from './context';
import { checkContent } from './draft-content';
import { requireDraft } from './drafts-service';
import { requireSelf } from './self-profile';

/** The reviewPackages namespace: send a draft for review as one file, and take one back in. */
export function reviewPackagesService(context: ServiceContext): VettedHandlers['reviewPackages'] {
  const library = () => context.host.library();

  return {
    create: ({ draftId }) => {
      const lib = library();
      return lib.transaction(() => {
        const draft = requireDraft(lib, draftId);
        const self = requireSelf(lib);
        const at = context.now().toISOString();
        const answered = lib.review.lastReceivedPackage(draftId);
        const reviewPackage = buildReviewPackage({
          packageId: context.newId(),
          createdAt: at,
          sender: self,
          basedOn: answered,
          draft: {
            id: draft.id,
            revision: draft.revision,
            status: draft.status,
            metadata: draft.metadata,
            doc: draft.doc,
          },
          sources: lib.sources
            .listForDraft(draftId)
            .map(({ id, key, csl, evidence }) => ({ id, key, csl, evidence })),
          threads: lib.review.threads(draftId),
          comments: lib.review.comments(draftId),
          signOffs: lib.review.signOffs(draftId),
        });
        lib.review.recordPackage(
          reviewPackage.payload.packageId,
          draftId,
          'sent',
          draft.revision,
          at,
        );
        // Sending the same revision again with nothing recorded in between (a double click,
        // or a lost download fetched again) is the same send: the trail records it once.
        const last = lib.audit.list(draftId).at(-1);
        const resend =
          last?.action === 'review-sent' &&
          last.actor === self.name &&
          last.detail.revision === draft.revision;
        if (!resend)
          lib.audit.append({
            draftId,
            at,
            actor: self.name,
            action: 'review-sent',
            detail: { packageId: reviewPackage.payload.packageId, revision: draft.revision },
          });
        const slug = draft.metadata.slug || 'draft';
        return {
          fileName: `${slug}-${at.slice(0, 10)}-${self.initials.toLowerCase()}${REVIEW_PACKAGE_EXTENSION}`,
          content: serializeReviewPackage(reviewPackage),
        };
      });
    },

    import: ({ content }) => {
      const read = readReviewPackage(content);
      if (!read.ok) throw new ApiError('bad_file', read.message);
      const lib = library();
      const payload = read.package.payload;
      const seen = lib.review.packageSeenAt(payload.packageId);
      if (seen) {
        throw new ApiError(
          'conflict',
          `This review package was already imported here on ${seen.slice(0, 10)}; nothing changed.`,
        );
      }
      return lib.transaction(() => {
        const self = requireSelf(lib);
        const existing = lib.drafts.get(payload.draft.id);
        return existing
          ? merge(lib, context, self, existing, read.package)
          : open(lib, context, self, read.package);
      });
    },
  };
}

/** The reviewer's side: the package becomes a draft here, with its sources and comments. */
function open(
  library: Library,
  context: ServiceContext,
  self: Profile,
  reviewPackage: ReviewPackage,
): ReviewImportResult {
  const { payload } = reviewPackage;
  const at = context.now().toISOString();
  const content = checkContent(payload.draft.doc);
  const record: DraftRecord = {
    id: payload.draft.id,
    revision: payload.draft.revision,
    title: payload.draft.metadata.title,
    category: payload.draft.metadata.category,
    status: payload.draft.status,
    metadata: payload.draft.metadata,
    ...content,
    createdAt: at,
    updatedAt: at,
    trashedAt: null,
  };
  library.drafts.insert(record);
  addSources(library, payload.sources, payload.draft.id, at);
  payload.threads.forEach((thread) => library.review.saveThread(thread));
  payload.comments.forEach((comment) => library.review.addComment(comment));
  payload.signOffs.forEach((signOff) => library.review.addSignOff(signOff));
  library.review.recordPackage(
    payload.packageId,
    payload.draft.id,
    'received',
    payload.draft.revision,
    at,
  );
  library.audit.append({
    draftId: payload.draft.id,
    at,
    actor: self.name,
    action: 'review-opened',
    detail: {
      packageId: payload.packageId,
      sender: payload.sender.name,
      revision: payload.draft.revision,
    },
  });
  return {
    mode: 'opened',
    draftId: payload.draft.id,
    title: payload.draft.metadata.title,
    merged: [],
    conflicts: [],
    summary: `Opened “${payload.draft.metadata.title || 'Untitled draft'}” from ${payload.sender.name} with ${payload.threads.length} comment threads.`,
  };
}

/** The writer's side: the reviewer's comments, suggestions and sign-offs join the current draft. */
function merge(
  library: Library,
  context: ServiceContext,
  self: Profile,
  draft: DraftRecord,
  reviewPackage: ReviewPackage,
): ReviewImportResult {
  const { payload } = reviewPackage;
  const result = mergeReviewPackage(
    {
      draftId: draft.id,
      revision: draft.revision,
      doc: draft.doc,
      threads: library.review.threads(draft.id),
      comments: library.review.comments(draft.id),
      signOffs: library.review.signOffs(draft.id),
      sourceIds: library.sources.list().map((source) => source.id),
      decidedSuggestionIds: library.review.decidedSuggestionIds(draft.id),
    },
    reviewPackage,
  );
  if (!result.ok) throw new ApiError('bad_file', result.message);
  const at = context.now().toISOString();
  // A later round on the reviewer's side: nothing was edited here since our package went
  // out, so the writer's current text (suggestions settled, their edits) replaces this copy.
  const fastForward =
    result.editedSinceSent === false &&
    library.audit.list(draft.id).some((entry) => entry.action === 'review-opened');
  const doc = fastForward ? payload.draft.doc : result.doc;
  const metadata = fastForward ? payload.draft.metadata : draft.metadata;
  const docChanged = fastForward
    ? canonicalJson(doc) !== canonicalJson(draft.doc) ||
      canonicalJson(metadata) !== canonicalJson(draft.metadata)
    : result.docChanged;

  if (docChanged) {
    // Keep the draft as it was before the merge, so the merge itself can be undone from History.
    library.versions.insert({
      id: context.newId(),
      draftId: draft.id,
      kind: 'named',
      name: `Before merging the review from ${payload.sender.name}`,
      revision: draft.revision,
      title: draft.title,
      metadata: draft.metadata,
      doc: draft.doc,
      wordCount: draft.wordCount,
      createdAt: at,
    });
    library.drafts.update({
      ...draft,
      ...checkContent(doc),
      title: metadata.title,
      category: metadata.category,
      metadata,
      revision: draft.revision + 1,
      updatedAt: at,
    });
  }
  addSources(library, result.added.sources, draft.id, at);
  result.added.threads.forEach((thread) => library.review.saveThread(thread));
  result.updatedThreads.forEach((thread) => library.review.saveThread(thread));
  result.added.comments.forEach((comment) => library.review.addComment(comment));
  result.added.signOffs.forEach((signOff) => library.review.addSignOff(signOff));
  library.review.recordPackage(payload.packageId, draft.id, 'received', payload.draft.revision, at);

  // The reviewer approved the very text the writer sent (nothing edited since, nothing
  // in conflict): the approval carries over. Otherwise the sign-off is kept but the
  // status stays, and the summary says why.
  const approvedThere = payload.draft.status === 'approved' && result.added.signOffs.length > 0;
  const approvalHolds =
    approvedThere && result.editedSinceSent === false && result.report.conflicts.length === 0;
  const summary =
    summarize(result.report) +
    (approvedThere && !approvalHolds
      ? '. The reviewer approved an earlier text, so the status did not change'
      : '');
  library.audit.append({
    draftId: draft.id,
    at,
    actor: self.name,
    action: 'review-merged',
    detail: {
      packageId: payload.packageId,
      sender: payload.sender.name,
      summary,
      conflicts: result.report.conflicts.length,
    },
  });
  for (const signOff of result.added.signOffs) {
    library.audit.append({
      draftId: draft.id,
      at,
      actor: signOff.signer.name,
      action: 'signed-off',
      detail: {
        revision: signOff.revision,
        statement: signOff.statement,
        signOffId: signOff.id,
        via: 'review package',
      },
    });
  }
  if (approvalHolds && draft.status !== 'approved') {
    library.drafts.setStatus(draft.id, 'approved');
    const signer = result.added.signOffs.at(-1)?.signer;
    library.audit.append({
      draftId: draft.id,
      at,
      actor: signer?.name ?? payload.sender.name,
      action: 'status-changed',
      detail: {
        from: draft.status,
        to: 'approved',
        via: 'review package',
        role: signer?.role ?? payload.sender.role,
      },
    });
  }

  return {
    mode: 'merged',
    draftId: draft.id,
    title: draft.title,
    merged: result.report.merged.map(({ kind, message }) => ({ kind, message })),
    conflicts: result.report.conflicts.map(({ kind, reason, quote, message }) => ({
      kind,
      reason,
      quote,
      message,
    })),
    summary,
  };
}

/** Stores sources from a package that the library lacks, and puts them on the draft's list. */
function addSources(
  library: Library,
  sources: readonly Source[],
  draftId: string,
  at: string,
): void {
  const keys = new UniqueKeys(library.sources.list().map((source) => source.key));
  for (const source of sources) {
    if (!library.sources.get(source.id)) {
      const key = keys.claim(source.key);
      library.sources.insert({
        ...source,
        key,
        csl: { ...source.csl, id: key },
        createdAt: at,
        updatedAt: at,
      });
    }
  }
  library.sources.addToDraft(
    draftId,
    sources.map((source) => source.id),
  );
}

function summarize(report: MergeReport): string {
  const count = (kind: string) => report.merged.filter((item) => item.kind === kind).length;
  const parts = [
    [count('thread'), 'new thread', 'new threads'],
    [count('comment'), 'comment', 'comments'],
    [count('suggestion'), 'suggestion', 'suggestions'],
    [count('thread-status'), 'status change', 'status changes'],
    [count('sign-off'), 'sign-off', 'sign-offs'],
  ] as const;
  const merged = parts
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  const conflicts = report.conflicts.length;
  const head = merged.length ? `Merged ${merged.join(', ')}` : 'Nothing new to merge';
  return conflicts ? `${head}; ${conflicts} ${conflicts === 1 ? 'conflict' : 'conflicts'}` : head;
}

import type { z } from 'zod';
import { checkDoc } from '../../document/check-doc';
import { toDocNode } from '../doc-node';
import { suggestionSpans } from '../suggestions/suggestion-spans';
import { packageChecksum } from './package-checksum';
import {
  PackageChecksum,
  REVIEW_PACKAGE_FORMAT,
  REVIEW_PACKAGE_VERSION,
  ReviewPackagePayload,
  type ReviewPackage,
} from './review-package';

/** A package that was read and checked, or why it was refused. */
export type ReadReviewPackageResult =
  { ok: true; package: ReviewPackage } | { ok: false; message: string };

const refuse = (message: string): ReadReviewPackageResult => ({ ok: false, message });

const DAMAGED = 'This review package is damaged';

/**
 * Reads a review package file and checks it all: JSON, format and version,
 * checksum (a changed or damaged file is refused), every field, the document
 * against the article schema, and that its parts belong together. The message
 * of a refusal says what is wrong in words a user can act on.
 */
export function readReviewPackage(text: string): ReadReviewPackageResult {
  if (!text.trim()) return refuse('This review package is empty.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse(`${DAMAGED} or incomplete: it is not valid JSON (${detail}).`);
  }
  if (!isRecord(data) || data.format !== REVIEW_PACKAGE_FORMAT) {
    return refuse('This file is not a Vetted review package.');
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse(`${DAMAGED}: its format version is missing or invalid.`);
  }
  if (version > REVIEW_PACKAGE_VERSION) {
    return refuse(
      `This review package was made by a newer version of Vetted (format version ${version}); ` +
        `this version reads format version ${REVIEW_PACKAGE_VERSION}. Update Vetted to open it.`,
    );
  }
  const checksum = PackageChecksum.safeParse(data.checksum);
  if (!checksum.success)
    return refuse(`${DAMAGED}: it has no valid checksum, so it cannot be trusted.`);
  if (!isRecord(data.payload)) return refuse(`${DAMAGED}: it has no content.`);
  if (packageChecksum(data.format, version, data.payload) !== checksum.data.value) {
    return refuse(
      'This review package was changed or damaged after it was made: its checksum does not match its content. ' +
        'Ask the sender for a new copy.',
    );
  }
  const payload = ReviewPackagePayload.safeParse(data.payload);
  if (!payload.success) return refuse(`${DAMAGED}: ${describeIssue(payload.error)}`);
  const inconsistency = findInconsistency(payload.data);
  if (inconsistency) return refuse(`${DAMAGED}: ${inconsistency}`);
  return {
    ok: true,
    package: {
      format: REVIEW_PACKAGE_FORMAT,
      version: REVIEW_PACKAGE_VERSION,
      checksum: checksum.data,
      payload: payload.data,
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first schema problem, with where it is ("payload.threads.0.status: …"). */
function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const where = ['payload', ...issue.path.map(String)].join('.');
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
  return `${where}: ${issue.message}${more}.`;
}

/** Parts that do not belong together: the document, ids, and what refers to what. */
function findInconsistency(payload: ReviewPackagePayload): string | null {
  const doc = checkDoc(payload.draft.doc);
  if (!doc.ok) return `the draft's document is not valid. ${doc.message}`;
  const incomplete = suggestionSpans(toDocNode(payload.draft.doc)).find(
    ({ attrs }) => !attrs.id || !attrs.authorId || !attrs.authorName || !attrs.createdAt,
  );
  if (incomplete) return 'a suggestion in the document has no id, author or time.';
  const duplicate =
    firstDuplicate(
      payload.threads.map((thread) => thread.id),
      'thread',
    ) ??
    firstDuplicate(
      payload.comments.map((comment) => comment.id),
      'comment',
    ) ??
    firstDuplicate(
      payload.signOffs.map((signOff) => signOff.id),
      'sign-off',
    ) ??
    firstDuplicate(
      payload.sources.map((source) => source.id),
      'source',
    );
  if (duplicate) return duplicate;
  const draftId = payload.draft.id;
  const foreignThread = payload.threads.find((thread) => thread.draftId !== draftId);
  if (foreignThread) return `thread ${foreignThread.id} belongs to another draft.`;
  const threadIds = new Set(payload.threads.map((thread) => thread.id));
  const strayComment = payload.comments.find((comment) => !threadIds.has(comment.threadId));
  if (strayComment)
    return `comment ${strayComment.id} answers thread ${strayComment.threadId}, which is not in the package.`;
  const foreignSignOff = payload.signOffs.find((signOff) => signOff.draftId !== draftId);
  if (foreignSignOff) return `sign-off ${foreignSignOff.id} belongs to another draft.`;
  return null;
}

function firstDuplicate(ids: readonly string[], what: string): string | null {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return `${what} ${id} appears twice.`;
    seen.add(id);
  }
  return null;
}

import { checkDoc } from '../../document/check-doc';
import { packageChecksum } from './package-checksum';
import {
  CHECKSUM_ALGORITHM,
  REVIEW_PACKAGE_FORMAT,
  REVIEW_PACKAGE_VERSION,
  ReviewPackagePayload,
  type ReviewPackage,
} from './review-package';

/**
 * A review package of a draft with its sources, threads, comments, suggestions
 * (marks in the doc) and sign-offs, checksummed. Throws if the payload does not
 * fit the format: the caller assembled it from stored data, so that is a bug.
 */
export function buildReviewPackage(payload: ReviewPackagePayload): ReviewPackage {
  const checked = ReviewPackagePayload.parse(payload);
  const doc = checkDoc(checked.draft.doc);
  if (!doc.ok) throw new Error(doc.message);
  return {
    format: REVIEW_PACKAGE_FORMAT,
    version: REVIEW_PACKAGE_VERSION,
    checksum: {
      algorithm: CHECKSUM_ALGORITHM,
      value: packageChecksum(REVIEW_PACKAGE_FORMAT, REVIEW_PACKAGE_VERSION, checked),
    },
    payload: checked,
  };
}

/** The text of a package file: indented JSON, so it stays readable. */
export function serializeReviewPackage(reviewPackage: ReviewPackage): string {
  return `${JSON.stringify(reviewPackage, null, 2)}\n`;
}

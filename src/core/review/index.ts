export { Profile, Role, ROLES, ROLE_LABELS, initialsFor } from './profile';
export {
  Comment,
  MAX_QUOTE_LENGTH,
  SignOff,
  Thread,
  ThreadStatus,
  reopenThread,
  resolveThread,
} from './thread';
export { toDocNode, type DocInput } from './doc-node';
export {
  anchorThreads,
  commentQuote,
  findCommentAnchors,
  type AnchoredThread,
  type CommentAnchor,
} from './comments/comment-anchors';
export {
  addCommentMark,
  removeCommentMarks,
  setComment,
  unsetComment,
} from './comments/comment-commands';
export {
  bypassSuggesting,
  isSuggesting,
  randomSuggestionId,
  setSuggesting,
  setSuggestingAuthor,
  suggestingPlugin,
  suggestingPluginKey,
  toggleSuggesting,
  type SuggestingMeta,
  type SuggestingOptions,
  type SuggestingState,
} from './suggestions/suggesting-plugin';
export type { SuggestionAuthor } from './suggestions/track-changes';
export {
  acceptAllSuggestions,
  acceptSuggestion,
  rejectAllSuggestions,
  rejectSuggestion,
} from './suggestions/suggestion-commands';
export {
  applySuggestionDecision,
  decideSuggestions,
  withoutSuggestions,
  type SuggestionDecision,
  type SuggestionSelector,
} from './suggestions/decide-suggestions';
export {
  listSuggestions,
  type SuggestionKind,
  type SuggestionSummary,
} from './suggestions/list-suggestions';
export {
  STATUS_LABELS,
  checkTransition,
  nextStatuses,
  type BlockerCode,
  type TransitionBlocker,
  type TransitionContext,
} from './workflow/check-transition';
export {
  CHECKSUM_ALGORITHM,
  PackageDraft,
  REVIEW_PACKAGE_EXTENSION,
  REVIEW_PACKAGE_FORMAT,
  REVIEW_PACKAGE_VERSION,
  ReviewPackage,
  ReviewPackagePayload,
} from './package/review-package';
export { buildReviewPackage, serializeReviewPackage } from './package/build-package';
export { readReviewPackage, type ReadReviewPackageResult } from './package/read-package';
export {
  mergeReviewPackage,
  type MergeConflict,
  type MergeReport,
  type MergeReviewResult,
  type MergeTarget,
  type MergedItem,
} from './package/merge-package';
export type { MissReason } from './text/doc-correspondence';
export { packageChecksum } from './package/package-checksum';
export { canonicalJson } from './package/canonical-json';
export { sha256Hex, sha256OfText, utf8Bytes } from './package/sha256';
export {
  compareDocs,
  wordDiff,
  type BlockDiff,
  type CompareOptions,
  type DiffBlockInfo,
  type DiffPart,
  type DiffStats,
  type DocDiff,
} from './diff/compare-docs';
export { describeAuditEntry, toCsv } from './audit-text';

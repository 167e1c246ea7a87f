export { articleExtensions, HEADING_LEVELS } from './extensions';
export { articleSchema } from './schema';
export { Citation, type CitationAttrs } from './nodes/citation';
export { Comment } from './marks/comment';
export { Insertion, Deletion, type SuggestionAttrs } from './marks/suggestion';
export { isAllowedLinkHref, ALLOWED_LINK_PROTOCOLS } from './links';
export { DocJson, emptyDoc } from './doc-json';
export { checkDoc, type DocCheck } from './check-doc';
export { docToPlainText } from './plain-text';
export { countWords, readingMinutes, readingTimeLabel, WORDS_PER_MINUTE } from './word-count';
export {
  ArticleMetadata,
  CitationOrder,
  CitationStyle,
  DEFAULT_DISCLAIMER,
  DRAFT_STATUSES,
  DraftStatus,
  IsoDate,
  emptyMetadata,
  slugify,
} from './metadata';

export {
  CITATION_CHAR,
  extractBlocks,
  type BlockCitation,
  type BlockKind,
  type BlockLink,
  type SuggestionReading,
  type TextBlock,
} from './blocks';
export { splitSentences, type SentenceSpan } from './sentences';
export { sentenceContext, type SentenceContext } from './context';
export { sentencesOf, analysisText, type Sentence } from './sentence';
export { wordsOf, syllables, type Word } from './words';

export { AnswerKey, KeyEntry, ExpectedItem, AllowedItem, parseAnswerKey } from './answer-key';
export {
  locateExcerpt,
  precisionRecall,
  scoreDocument,
  summarizeScores,
  type CorpusSummary,
  type Disagreement,
  type DocumentScore,
  type RuleCounts,
  type ScoredFinding,
  type Span,
} from './score';

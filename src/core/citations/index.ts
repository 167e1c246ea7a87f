export {
  CslDate,
  CslItem,
  CslName,
  Evidence,
  Source,
  STUDY_DESIGNS,
  STUDY_DESIGN_LABELS,
  StudyDesign,
  unknownEvidence,
} from './source';
export {
  collectCitations,
  compressNumbers,
  numberRuns,
  type NumberRun,
  numberCitations,
  type CitationLabel,
  type CitationNumbering,
  type CitationOccurrence,
} from './numbering';
export {
  REFERENCE_FORMATS,
  REFERENCE_FORMAT_NAMES,
  type ParsedReferences,
  type ParsedSource,
  type ReferenceFormat,
  type ReferenceProblem,
} from './reference-file';
export {
  MAX_REFERENCE_FILE_CHARS,
  detectReferenceFormat,
  parseReferences,
  type ParseReferencesOptions,
} from './parse-references';
export { UniqueKeys, issuedYear, makeCitationKey } from './citation-key';
export { DOI_PATTERN, cleanDoi, cleanPmid, doiKey, findDoi } from './identifiers';
export {
  combineEvidence,
  evidenceFromKeywords,
  evidenceFromNote,
  evidenceFromPublicationTypes,
  evidenceToNote,
  parseCount,
  parseStudyDesign,
  type EvidenceHints,
} from './evidence-reading';
export {
  STUDY_DESIGN_SHORT_LABELS,
  WEAK_EVIDENCE_MAX_PARTICIPANTS,
  evidenceBadge,
  isWeakEvidence,
  type EvidenceBadge,
  type EvidenceTone,
} from './evidence-badge';
export {
  SOURCE_TYPES,
  SOURCE_TYPE_LABELS,
  SourceForm,
  SourceType,
  emptySourceForm,
  validateSourceForm,
  type SourceFormData,
  type SourceFormErrors,
  type SourceFormValues,
} from './source-form';
export { formToSource, sourceToForm } from './source-form-csl';
export {
  DUPLICATE_REASON_LABELS,
  DuplicateIndex,
  findDuplicate,
  normaliseTitle,
  type DuplicateMatch,
  type DuplicateReason,
  type HasCsl,
} from './duplicates';
export { mergeSource, type MergeResult } from './merge-source';
export {
  planImport,
  summarizeImport,
  type DuplicatePolicy,
  type ImportDecision,
  type ImportPlan,
  type ImportSummary,
} from './import-plan';
export { formatImportSummary } from './import-summary';
export {
  createCitationFormatter,
  type CitationFormatter,
  type CslStyleSpec,
  type FormattedReference,
  type ReferenceOutput,
} from './formatter';
export { formatReferenceList, referenceListText } from './reference-list';

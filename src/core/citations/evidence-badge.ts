import type { Evidence, StudyDesign } from './source';

/** How a badge should stand out: retracted sources loudest, weak evidence next. */
export type EvidenceTone = 'retracted' | 'weak' | 'standard' | 'unknown';

/** A short evidence summary for the sidebar and hover cards. */
export interface EvidenceBadge {
  /** "Case series · n=15", "Retracted · RCT · n=1,204", "Not assessed". */
  text: string;
  tone: EvidenceTone;
}

/** Short design names for badges, where space is tight. */
export const STUDY_DESIGN_SHORT_LABELS: Record<StudyDesign, string> = {
  guideline: 'Guideline',
  'systematic-review': 'Systematic review',
  rct: 'RCT',
  cohort: 'Cohort',
  'case-control': 'Case-control',
  'case-series': 'Case series',
  'narrative-review': 'Narrative review',
  'expert-opinion': 'Expert opinion',
  agency: 'Agency',
  other: 'Other',
};

/** Fewer participants than this make a study's findings weak evidence on their own. */
export const WEAK_EVIDENCE_MAX_PARTICIPANTS = 29;

const WEAK_DESIGNS: ReadonlySet<StudyDesign> = new Set(['case-series', 'expert-opinion']);

/**
 * Whether a source is weak evidence for a health claim: a case report or series,
 * expert opinion, or a study with fewer than 30 participants. Retraction is a
 * separate, stronger signal (`evidence.retracted`).
 */
export function isWeakEvidence(evidence: Evidence): boolean {
  if (evidence.design !== null && WEAK_DESIGNS.has(evidence.design)) return true;
  return evidence.participants !== null && evidence.participants <= WEAK_EVIDENCE_MAX_PARTICIPANTS;
}

/** The badge of a source: "Retracted" first when retracted, then design, size and peer review. */
export function evidenceBadge(evidence: Evidence): EvidenceBadge {
  const parts: string[] = [];
  if (evidence.retracted) parts.push('Retracted');
  if (evidence.design) parts.push(STUDY_DESIGN_SHORT_LABELS[evidence.design]);
  if (evidence.participants !== null) parts.push(`n=${groupThousands(evidence.participants)}`);
  if (evidence.peerReviewed === false) parts.push('Not peer reviewed');
  const assessed =
    evidence.design !== null || evidence.participants !== null || evidence.peerReviewed !== null;
  const tone: EvidenceTone = evidence.retracted
    ? 'retracted'
    : isWeakEvidence(evidence)
      ? 'weak'
      : assessed
        ? 'standard'
        : 'unknown';
  return { text: parts.length ? parts.join(' · ') : 'Not assessed', tone };
}

// Written out rather than toLocaleString so badges read the same in every locale and runtime.
function groupThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

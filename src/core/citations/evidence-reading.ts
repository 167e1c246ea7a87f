import {
  STUDY_DESIGNS,
  STUDY_DESIGN_LABELS,
  type Evidence,
  type StudyDesign,
  unknownEvidence,
} from './source';

/** Evidence facts read from a file; a field left out means the file does not say. */
export type EvidenceHints = Partial<Evidence>;

/**
 * Words writers and databases use for each study design. Keys are normalised
 * (lower case, single spaces, hyphens); MEDLINE publication types are included.
 */
const DESIGN_WORDS: Record<string, StudyDesign> = {
  guideline: 'guideline',
  'practice guideline': 'guideline',
  'clinical practice guideline': 'guideline',
  'consensus statement': 'guideline',
  'consensus development conference': 'guideline',
  'consensus development conference, nih': 'guideline',
  'systematic review': 'systematic-review',
  'meta-analysis': 'systematic-review',
  'meta analysis': 'systematic-review',
  'network meta-analysis': 'systematic-review',
  'systematic review and meta-analysis': 'systematic-review',
  'systematic review/meta-analysis': 'systematic-review',
  rct: 'rct',
  'randomized controlled trial': 'rct',
  'randomised controlled trial': 'rct',
  'randomized clinical trial': 'rct',
  'randomised clinical trial': 'rct',
  'randomized trial': 'rct',
  'randomised trial': 'rct',
  cohort: 'cohort',
  'cohort study': 'cohort',
  'prospective cohort study': 'cohort',
  'retrospective cohort study': 'cohort',
  'case-control': 'case-control',
  'case control': 'case-control',
  'case-control study': 'case-control',
  'case control study': 'case-control',
  'case series': 'case-series',
  'case report': 'case-series',
  'case reports': 'case-series',
  'case series/report': 'case-series',
  review: 'narrative-review',
  'narrative review': 'narrative-review',
  'literature review': 'narrative-review',
  'expert opinion': 'expert-opinion',
  editorial: 'expert-opinion',
  comment: 'expert-opinion',
  commentary: 'expert-opinion',
  letter: 'expert-opinion',
  agency: 'agency',
  'agency page': 'agency',
  'regulator or agency page': 'agency',
  other: 'other',
};
for (const design of STUDY_DESIGNS) {
  DESIGN_WORDS[normaliseWords(design)] = design;
  DESIGN_WORDS[normaliseWords(STUDY_DESIGN_LABELS[design])] = design;
}

// Single words like "review" or "letter" are topics as often as designs in a
// keyword list, so keywords only count when they name a design unambiguously.
const AMBIGUOUS_AS_KEYWORD = new Set([
  'review',
  'comment',
  'letter',
  'other',
  'cohort',
  'agency',
  'editorial',
  'commentary',
]);

const RETRACTION_WORDS = new Set(['retracted', 'retracted publication', 'retracted article']);

/** The study design a phrase names ("case series", "Randomized Controlled Trial", "rct"), or null. */
export function parseStudyDesign(text: string): StudyDesign | null {
  return DESIGN_WORDS[normaliseWords(text)] ?? null;
}

/** Evidence from MEDLINE publication types (PT lines): the strongest design named, and retraction. */
export function evidenceFromPublicationTypes(types: readonly string[]): EvidenceHints {
  const hints: EvidenceHints = {};
  const designs = types
    .map(parseStudyDesign)
    .filter((design): design is StudyDesign => design !== null);
  const strongest = strongestDesign(designs);
  if (strongest) hints.design = strongest;
  if (types.some((type) => normaliseWords(type) === 'retracted publication'))
    hints.retracted = true;
  return hints;
}

/** Evidence from keywords (BibTeX `keywords`, RIS `KW`), counting only unambiguous design names. */
export function evidenceFromKeywords(keywords: readonly string[]): EvidenceHints {
  const hints: EvidenceHints = {};
  const designs = keywords
    .filter((keyword) => !AMBIGUOUS_AS_KEYWORD.has(normaliseWords(keyword)))
    .map(parseStudyDesign)
    .filter((design): design is StudyDesign => design !== null);
  const strongest = strongestDesign(designs);
  if (strongest) hints.design = strongest;
  if (keywords.some((keyword) => RETRACTION_WORDS.has(normaliseWords(keyword))))
    hints.retracted = true;
  return hints;
}

type NoteReader = (value: string, hints: EvidenceHints) => void;

const NOTE_READERS: Record<string, NoteReader> = {
  'study design': readDesign,
  design: readDesign,
  'study type': readDesign,
  evidence: readDesign,
  n: readParticipants,
  participants: readParticipants,
  'sample size': readParticipants,
  patients: readParticipants,
  'peer reviewed': (value, hints) => {
    const answer = parseYesNo(value);
    if (answer !== null) hints.peerReviewed = answer;
  },
  retracted: (value, hints) => {
    if (parseYesNo(value) === true) hints.retracted = true;
  },
};

/**
 * Evidence written in a note as `key: value` parts separated by semicolons or lines,
 * e.g. "study design: case series; n=15; peer reviewed: yes; retracted: yes".
 */
export function evidenceFromNote(note: string): EvidenceHints {
  const hints: EvidenceHints = {};
  for (const part of note.split(/[;\n]/)) {
    const match = /^\s*([a-z][a-z -]*?)\s*[:=]\s*(.+?)\s*$/i.exec(part);
    if (match?.[1] && match[2]) {
      NOTE_READERS[normaliseWords(match[1]).replace(/-/g, ' ')]?.(match[2], hints);
    } else if (/^\s*retracted\.?\s*$/i.test(part)) {
      hints.retracted = true;
    }
  }
  return hints;
}

/** Evidence written back as a note in the form `evidenceFromNote` reads; '' when nothing is known. */
export function evidenceToNote(evidence: Evidence): string {
  const parts: string[] = [];
  if (evidence.design)
    parts.push(`study design: ${STUDY_DESIGN_LABELS[evidence.design].toLowerCase()}`);
  if (evidence.participants !== null) parts.push(`n=${evidence.participants}`);
  if (evidence.peerReviewed !== null)
    parts.push(`peer reviewed: ${evidence.peerReviewed ? 'yes' : 'no'}`);
  if (evidence.retracted) parts.push('retracted: yes');
  return parts.join('; ');
}

/** Evidence from several hints; an earlier hint wins, and any hint of retraction counts. */
export function combineEvidence(...hints: EvidenceHints[]): Evidence {
  const evidence = unknownEvidence();
  for (const hint of [...hints].reverse()) {
    if (hint.design !== undefined && hint.design !== null) evidence.design = hint.design;
    if (hint.participants !== undefined && hint.participants !== null)
      evidence.participants = hint.participants;
    if (hint.peerReviewed !== undefined && hint.peerReviewed !== null)
      evidence.peerReviewed = hint.peerReviewed;
  }
  evidence.retracted = hints.some((hint) => hint.retracted === true);
  return evidence;
}

/** A whole number written with optional thousands separators ("1,204", "1 204"), or null. */
export function parseCount(text: string): number | null {
  const match = /^\s*(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+)\b/.exec(text);
  if (!match?.[1]) return null;
  const value = Number(match[1].replace(/[,\u00a0\u202f ]/g, ''));
  return Number.isSafeInteger(value) && value <= 100_000_000 ? value : null;
}

function readDesign(value: string, hints: EvidenceHints): void {
  const design = parseStudyDesign(value);
  if (design) hints.design = design;
}

function readParticipants(value: string, hints: EvidenceHints): void {
  const count = parseCount(value);
  if (count !== null) hints.participants = count;
}

function parseYesNo(value: string): boolean | null {
  const word = normaliseWords(value);
  if (['yes', 'true', 'y'].includes(word)) return true;
  if (['no', 'false', 'n'].includes(word)) return false;
  return null;
}

function strongestDesign(designs: readonly StudyDesign[]): StudyDesign | null {
  let best: StudyDesign | null = null;
  for (const design of designs) {
    if (best === null || STUDY_DESIGNS.indexOf(design) < STUDY_DESIGNS.indexOf(best)) best = design;
  }
  return best;
}

function normaliseWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‐‑–—_]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .trim();
}

import type { EvidenceHints } from './evidence-reading';
import type { Source } from './source';

/** Reference file formats Vetted reads. */
export const REFERENCE_FORMATS = ['bibtex', 'ris', 'medline', 'csl-json'] as const;
/** One of the reference file formats Vetted reads. */
export type ReferenceFormat = (typeof REFERENCE_FORMATS)[number];

/** How each format is named to users. */
export const REFERENCE_FORMAT_NAMES: Record<ReferenceFormat, string> = {
  bibtex: 'BibTeX',
  ris: 'RIS',
  medline: 'PubMed MEDLINE',
  'csl-json': 'CSL-JSON',
};

/** An entry (or a whole file) that could not be read: where, and why in plain words. */
export interface ReferenceProblem {
  /** 1-based line where the entry starts, or where the error is when that is known. */
  line: number;
  message: string;
}

/**
 * A source read from a file. Without a library behind it, its `id` is its citation
 * key (`muller2024`), unique within the file; the service layer assigns library ids.
 */
export interface ParsedSource extends Source {
  /** 1-based line where the entry starts in the file. */
  line: number;
}

/** What a reference file held: the readable entries and one problem per unreadable one. */
export interface ParsedReferences {
  /** The format found, or null when the text is not a reference file at all. */
  format: ReferenceFormat | null;
  entries: ParsedSource[];
  problems: ReferenceProblem[];
}

/** An entry as a format reader produces it, before checks, keys and evidence are settled. */
export interface RawEntry {
  line: number;
  /** CSL-JSON fields as the reader found them; checked afterwards. */
  csl: Record<string, unknown>;
  /** The citation key the file gives, if any. */
  key?: string;
  /** Evidence the format states outside the CSL fields (MEDLINE publication types). */
  hints?: EvidenceHints[];
}

/** The result of one format reader over a whole file. */
export interface RawReferences {
  entries: RawEntry[];
  problems: ReferenceProblem[];
}

import { numberRuns } from '../citations/numbering';
import type { ExportModel } from './export-model';

/** One linked piece of a citation's label: "2–4" pointing at reference 2. */
export interface CitationLink {
  text: string;
  /** The anchor of the reference it points at ("ref-2"). */
  target: string;
}

/** How one citation is written in an export. */
export interface CitationOutput {
  /** The citation's anchor ("cite-3"), for back-links from the reference list. */
  id: string;
  links: CitationLink[];
  /** Whether it cites a source that is not in the draft. */
  missing: boolean;
}

/** Anchor of the reference numbered `n`. */
export const referenceAnchor = (n: number): string => `ref-${n}`;
/** Anchor of the citation at `index` (0-based, document order). */
export const citationAnchor = (index: number): string => `cite-${index + 1}`;

/** The links of the citation at `index`: its compressed number runs, each linked to its first reference. */
export function citationOutput(model: ExportModel, index: number): CitationOutput {
  const label = model.numbering.labels[index];
  const links = numberRuns(label?.numbers ?? []).map((run) => ({
    text: run.text,
    target: referenceAnchor(run.first),
  }));
  return {
    id: citationAnchor(index),
    links,
    missing: (label?.missing.length ?? 0) > 0 || links.length === 0,
  };
}

import type { JSONContent } from '@tiptap/core';
import type { CitationOrder } from '../document/metadata';

/** One citation as it occurs in a document, in reading order. */
export interface CitationOccurrence {
  sourceIds: string[];
  locator: string | null;
}

/** The label a citation shows: its compressed numbers and any sources it cannot find. */
export interface CitationLabel {
  /** "2–4", "1,3" or "" when none of its sources is known. */
  text: string;
  numbers: number[];
  /** Ids of cited sources that are not in the draft. */
  missing: string[];
}

/** Numbers of every source and the label of every citation. */
export interface CitationNumbering {
  /** Source id → its number in the reference list. */
  numberOf: Map<string, number>;
  /** Source ids in reference-list order. */
  order: string[];
  /** One label per occurrence, in document order. */
  labels: CitationLabel[];
  /** Source ids cited somewhere but not in the draft's sources. */
  missing: string[];
}

/** Every citation node of a document, in reading order. */
export function collectCitations(doc: JSONContent): CitationOccurrence[] {
  const found: CitationOccurrence[] = [];
  const visit = (node: JSONContent): void => {
    if (node.type === 'citation') {
      const attrs = node.attrs ?? {};
      const ids = Array.isArray(attrs.sourceIds)
        ? attrs.sourceIds.filter((id): id is string => typeof id === 'string')
        : [];
      const locator = typeof attrs.locator === 'string' && attrs.locator ? attrs.locator : null;
      found.push({ sourceIds: ids, locator });
      return;
    }
    node.content?.forEach(visit);
  };
  visit(doc);
  return found;
}

/**
 * Numbers sources and labels citations. With `first-citation` (the AMA/Vancouver
 * rule) a source's number is the order of its first citation and only cited sources
 * are listed; with `source-list` the draft's list order is kept and every source in
 * it is listed. `sourceList` is the draft's sources in list order.
 */
export function numberCitations(
  citations: readonly CitationOccurrence[],
  sourceList: readonly string[],
  order: CitationOrder,
): CitationNumbering {
  const known = new Set(sourceList);
  const numberOf = new Map<string, number>();
  const missing = new Set<string>();

  if (order === 'source-list') {
    sourceList.forEach((id, index) => numberOf.set(id, index + 1));
  }
  for (const citation of citations) {
    for (const id of citation.sourceIds) {
      if (!known.has(id)) missing.add(id);
      else if (!numberOf.has(id)) numberOf.set(id, numberOf.size + 1);
    }
  }

  const labels = citations.map((citation): CitationLabel => {
    const numbers = citation.sourceIds
      .map((id) => numberOf.get(id))
      .filter((n): n is number => n !== undefined);
    return {
      text: compressNumbers(numbers),
      numbers: [...new Set(numbers)].sort((x, y) => x - y),
      missing: citation.sourceIds.filter((id) => !known.has(id)),
    };
  });

  const listed = [...numberOf.entries()].sort((x, y) => x[1] - y[1]).map(([id]) => id);
  return { numberOf, order: listed, labels, missing: [...missing] };
}

/** A run of citation numbers as written: one number, or a range of three or more. */
export interface NumberRun {
  first: number;
  last: number;
  /** "2", or "2–4" with an en dash. */
  text: string;
}

/**
 * AMA-style runs of citation numbers: sorted, de-duplicated, and runs of three or
 * more as one range; [4,2,3] → one run "2–4", [2,3] → two runs "2" and "3".
 */
export function numberRuns(numbers: readonly number[]): NumberRun[] {
  const sorted = [...new Set(numbers)].sort((x, y) => x - y);
  const runs: NumberRun[] = [];
  let start = 0;
  while (start < sorted.length) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1] === (sorted[end] ?? 0) + 1) end += 1;
    const first = sorted[start] ?? 0;
    const last = sorted[end] ?? 0;
    if (end - start >= 2) runs.push({ first, last, text: `${first}–${last}` });
    else
      for (let k = start; k <= end; k += 1)
        runs.push({ first: sorted[k] ?? 0, last: sorted[k] ?? 0, text: String(sorted[k]) });
    start = end + 1;
  }
  return runs;
}

/**
 * AMA-style compression of citation numbers: sorted, de-duplicated, and runs of
 * three or more written as a range with an en dash: [4,2,3] → "2–4", [2,3] → "2,3".
 */
export function compressNumbers(numbers: readonly number[]): string {
  return numberRuns(numbers)
    .map((run) => run.text)
    .join(',');
}

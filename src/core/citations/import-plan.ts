import { UniqueKeys } from './citation-key';
import { DuplicateIndex, type DuplicateReason } from './duplicates';
import { mergeSource } from './merge-source';
import type {
  ParsedReferences,
  ParsedSource,
  ReferenceFormat,
  ReferenceProblem,
} from './reference-file';
import type { Source } from './source';

/** What to do with an entry that duplicates a stored source: fill the stored one's gaps, or leave it. */
export type DuplicatePolicy = 'merge' | 'skip';

/** What happens to one readable entry of an imported file. */
export type ImportDecision<S extends Source> =
  | {
      action: 'add';
      /** The entry, its key (and id) made unique against the library and the file. */
      entry: ParsedSource;
    }
  | {
      action: 'merge';
      entry: ParsedSource;
      reason: DuplicateReason;
      /** The stored source as it was, and with the entry's extra fields filled in. */
      stored: S;
      merged: S;
      filled: string[];
    }
  | {
      action: 'skip';
      entry: ParsedSource;
      reason: DuplicateReason;
      /** The stored source, or the earlier entry of the same file, that it duplicates. */
      duplicateOf: S | ParsedSource;
    };

/** Everything an import will do, decided before anything is written. */
export interface ImportPlan<S extends Source> {
  /** The file's format; null when it was not a reference file at all. */
  format: ReferenceFormat | null;
  decisions: ImportDecision<S>[];
  unreadable: ReferenceProblem[];
}

/** Counts for the summary a user sees after an import. */
export interface ImportSummary {
  /** The file's format; null when it was not a reference file at all. */
  format: ReferenceFormat | null;
  imported: number;
  merged: number;
  skipped: number;
  unreadable: ReferenceProblem[];
}

/**
 * Decides, without writing anything, what importing a parsed file into a library
 * does: new entries are added (keys made unique against the library's), duplicates
 * of stored sources are merged (only when that fills something) or skipped, and
 * duplicates within the file are skipped. When several entries merge into one
 * stored source, the last decision holds the result of all of them.
 */
export function planImport<S extends Source>(
  parsed: ParsedReferences,
  library: readonly S[],
  policy: DuplicatePolicy = 'merge',
): ImportPlan<S> {
  const stored = new DuplicateIndex<S>(library);
  const pending = new DuplicateIndex<ParsedSource>();
  const latest = new Map<S, S>();
  const usedKeys = new UniqueKeys(library.map((source) => source.key));
  const decisions: ImportDecision<S>[] = [];

  for (const entry of parsed.entries) {
    const match = stored.find(entry);
    if (match) {
      const current = latest.get(match.source) ?? match.source;
      const { source: merged, filled } = mergeSource(current, entry);
      if (policy === 'merge' && filled.length) {
        latest.set(match.source, merged);
        decisions.push({
          action: 'merge',
          entry,
          reason: match.reason,
          stored: match.source,
          merged,
          filled,
        });
      } else {
        decisions.push({ action: 'skip', entry, reason: match.reason, duplicateOf: current });
      }
      continue;
    }
    const earlier = pending.find(entry);
    if (earlier) {
      decisions.push({
        action: 'skip',
        entry,
        reason: earlier.reason,
        duplicateOf: earlier.source,
      });
      continue;
    }
    const key = usedKeys.claim(entry.key);
    const added: ParsedSource =
      key === entry.key ? entry : { ...entry, id: key, key, csl: { ...entry.csl, id: key } };
    pending.add(added);
    decisions.push({ action: 'add', entry: added });
  }
  return { format: parsed.format, decisions, unreadable: parsed.problems };
}

/** The counts of a plan: added, merged, skipped duplicates and unreadable entries. */
export function summarizeImport(plan: ImportPlan<Source>): ImportSummary {
  const count = (action: ImportDecision<Source>['action']) =>
    plan.decisions.filter((decision) => decision.action === action).length;
  return {
    format: plan.format,
    imported: count('add'),
    merged: count('merge'),
    skipped: count('skip'),
    unreadable: plan.unreadable,
  };
}

import { SEVERITY_RANK, type Severity } from '../finding';
import type { ExpectedItem, KeyEntry } from './answer-key';

/** A range of characters in a document's file. */
export interface Span {
  from: number;
  to: number;
}

/** A checker finding as scoring sees it: its span in the file, or null when it is about the whole document. */
export interface ScoredFinding {
  ruleId: string;
  severity: Severity;
  span: Span | null;
  excerpt: string;
}

/** Counts for one rule. */
export interface RuleCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Why a finding counted against the checker. */
export type Disagreement =
  | { kind: 'false-alarm'; finding: ScoredFinding }
  | { kind: 'over-severe'; finding: ScoredFinding; maxSeverity: Severity }
  | { kind: 'missed'; item: ExpectedItem };

/** One document's score against its key. */
export interface DocumentScore {
  id: string;
  kind: KeyEntry['kind'];
  words: number;
  rules: Record<string, RuleCounts>;
  disagreements: Disagreement[];
  /** Findings that are not expected items, by severity (allowed ones included). */
  notExpected: Record<Severity, number>;
  /** Errors with a span on the text (not on metadata or the whole document). */
  errorsOnText: number;
  /** Key excerpts that do not occur in the file: a key to fix. */
  unlocated: string[];
}

/** Where an excerpt occurs in a file (every occurrence), comparing runs of whitespace as one space. */
export function locateExcerpt(fileText: string, excerpt: string): Span[] {
  const pattern = excerpt
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const spans: Span[] = [];
  for (const match of fileText.matchAll(new RegExp(pattern, 'g')))
    spans.push({ from: match.index, to: match.index + match[0].length });
  return spans;
}

function overlaps(a: Span, b: Span): boolean {
  return a.from < b.to && b.from < a.to;
}

/**
 * Scores a document's findings against its key. A finding matches a key item of the same
 * rule when its span overlaps the item's excerpt (an item with no excerpt is about the whole
 * document and matches any finding of its rule). Matched expected items are true positives;
 * allowed items count for nothing unless above their maximum severity (then a false positive);
 * anything else is a false positive unless the key ignores the rule.
 */
export function scoreDocument(
  entry: KeyEntry,
  fileText: string,
  words: number,
  findings: readonly ScoredFinding[],
): DocumentScore {
  const unlocated: string[] = [];
  const spansOf = (match: string | null): Span[] | null => {
    if (match === null) return null;
    const spans = locateExcerpt(fileText, match);
    if (!spans.length) unlocated.push(match);
    return spans;
  };
  const expected = entry.expected.map((item) => ({ item, spans: spansOf(item.match), hit: false }));
  const allowed = entry.allowed.map((item) => ({ item, spans: spansOf(item.match) }));
  const ignored = new Set(entry.ignore ?? []);
  const matches = (rule: string, spans: Span[] | null, finding: ScoredFinding): boolean =>
    rule === finding.ruleId &&
    (spans === null || (finding.span !== null && spans.some((s) => overlaps(s, finding.span!))));

  const rules: Record<string, RuleCounts> = {};
  const counts = (rule: string) => (rules[rule] ??= { tp: 0, fp: 0, fn: 0 });
  const disagreements: Disagreement[] = [];
  const notExpected: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let errorsOnText = 0;

  for (const finding of findings) {
    if (finding.severity === 'error' && finding.span) errorsOnText += 1;
    const hits = expected.filter((e) => matches(e.item.rule, e.spans, finding));
    if (hits.length) {
      // One finding may cover two expected excerpts; several findings may cover one.
      for (const hit of hits) {
        if (!hit.hit) counts(hit.item.rule).tp += 1;
        hit.hit = true;
      }
      continue;
    }
    notExpected[finding.severity] += 1;
    const accepted = allowed.filter((a) => matches(a.item.rule, a.spans, finding));
    if (accepted.length) {
      const limit = accepted
        .map((a) => a.item.maxSeverity ?? 'error')
        .sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b])[0]!;
      if (SEVERITY_RANK[finding.severity] < SEVERITY_RANK[limit]) {
        counts(finding.ruleId).fp += 1;
        disagreements.push({ kind: 'over-severe', finding, maxSeverity: limit });
      }
      continue;
    }
    if (ignored.has(finding.ruleId)) continue;
    counts(finding.ruleId).fp += 1;
    disagreements.push({ kind: 'false-alarm', finding });
  }
  for (const e of expected)
    if (!e.hit) {
      counts(e.item.rule).fn += 1;
      disagreements.push({ kind: 'missed', item: e.item });
    }
  return {
    id: entry.id,
    kind: entry.kind,
    words,
    rules,
    disagreements,
    notExpected,
    errorsOnText,
    unlocated,
  };
}

/** Precision and recall of counts; with nothing to measure, 1. */
export function precisionRecall(counts: RuleCounts): { precision: number; recall: number } {
  return {
    precision: counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp),
    recall: counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn),
  };
}

/** What a corpus adds up to. */
export interface CorpusSummary {
  perRule: Record<string, RuleCounts>;
  overall: RuleCounts;
  goodWords: number;
  /** Findings on good texts that are not expected items, per 1,000 words. */
  goodErrorsPer1000: number;
  goodWarningsPer1000: number;
  /** Problem texts with no error on their text. */
  problemsWithoutTextError: string[];
  /** Documents by number of disagreements, most first. */
  mostDisagreement: { id: string; count: number }[];
}

/** Adds document scores up. */
export function summarizeScores(scores: readonly DocumentScore[]): CorpusSummary {
  const perRule: Record<string, RuleCounts> = {};
  const overall: RuleCounts = { tp: 0, fp: 0, fn: 0 };
  let goodWords = 0;
  let goodErrors = 0;
  let goodWarnings = 0;
  for (const score of scores) {
    for (const [rule, counts] of Object.entries(score.rules)) {
      const total = (perRule[rule] ??= { tp: 0, fp: 0, fn: 0 });
      total.tp += counts.tp;
      total.fp += counts.fp;
      total.fn += counts.fn;
      overall.tp += counts.tp;
      overall.fp += counts.fp;
      overall.fn += counts.fn;
    }
    if (score.kind === 'good') {
      goodWords += score.words;
      goodErrors += score.notExpected.error;
      goodWarnings += score.notExpected.warning;
    }
  }
  const per1000 = (n: number) => (goodWords ? (n * 1000) / goodWords : 0);
  return {
    perRule,
    overall,
    goodWords,
    goodErrorsPer1000: per1000(goodErrors),
    goodWarningsPer1000: per1000(goodWarnings),
    problemsWithoutTextError: scores
      .filter((s) => s.kind === 'problem' && s.errorsOnText === 0)
      .map((s) => s.id),
    mostDisagreement: scores
      .map((s) => ({ id: s.id, count: s.disagreements.length }))
      .filter((s) => s.count > 0)
      .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
  };
}

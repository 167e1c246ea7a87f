import { describe, expect, it } from 'vitest';
import type { KeyEntry } from './answer-key';
import { locateExcerpt, scoreDocument, summarizeScores, type ScoredFinding } from './score';

const text = 'Our pills cure\narthritis. They are safe. Call 555 today.';
const at = (excerpt: string) => {
  const from = text.indexOf(excerpt);
  return { from, to: from + excerpt.length };
};
const key: KeyEntry = {
  id: 'p1',
  file: 'p1.md',
  kind: 'problem',
  expected: [
    { rule: 'disease-claim', match: 'cure arthritis', severity: 'error' },
    { rule: 'disclaimer-missing', match: null, severity: 'error' },
    { rule: 'unqualified-safe', match: 'They are safe', severity: 'error' },
  ],
  allowed: [{ rule: 'readability', match: null, maxSeverity: 'warning' }],
  ignore: ['patient-identifier'],
};
const finding = (
  ruleId: string,
  span: { from: number; to: number } | null,
  severity: ScoredFinding['severity'] = 'error',
): ScoredFinding => ({ ruleId, severity, span, excerpt: '' });

describe('scoreDocument', () => {
  it('finds excerpts across line breaks', () => {
    expect(locateExcerpt(text, 'cure arthritis')).toEqual([{ from: 10, to: 24 }]);
  });

  it('counts overlapping findings of the same rule as hits, and misses the rest', () => {
    const score = scoreDocument(key, text, 10, [
      finding('disease-claim', at('cure')),
      finding('disease-claim', at('arthritis')),
      finding('disclaimer-missing', null),
      finding('cure-claim', at('cure')),
    ]);
    expect(score.rules['disease-claim']).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.rules['disclaimer-missing']).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.rules['unqualified-safe']).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(score.rules['cure-claim']).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(score.errorsOnText).toBe(3);
  });

  it('accepts allowed findings up to their severity and ignores ignored rules', () => {
    const score = scoreDocument(key, text, 10, [
      finding('readability', null, 'warning'),
      finding('patient-identifier', at('555'), 'error'),
    ]);
    expect(score.rules['readability']).toBeUndefined();
    expect(score.rules['patient-identifier']).toBeUndefined();
    const over = scoreDocument(key, text, 10, [finding('readability', null, 'error')]);
    expect(over.rules['readability']).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(over.disagreements[0]).toMatchObject({ kind: 'over-severe', maxSeverity: 'warning' });
  });

  it('a finding elsewhere does not match an excerpt, and a missing excerpt is reported', () => {
    const score = scoreDocument(
      { ...key, expected: [{ rule: 'x', match: 'not in the text', severity: 'error' }] },
      text,
      10,
      [finding('unqualified-safe', at('Call'))],
    );
    expect(score.unlocated).toEqual(['not in the text']);
    expect(score.rules['unqualified-safe']).toEqual({ tp: 0, fp: 1, fn: 0 });
  });

  it('sums good-text findings per 1,000 words and lists problem texts with no error on the text', () => {
    const good = scoreDocument({ ...key, id: 'g', kind: 'good', expected: [] }, text, 500, [
      finding('claim-needs-citation', at('safe'), 'error'),
      finding('readability', null, 'warning'),
    ]);
    const problem = scoreDocument(key, text, 100, [finding('disclaimer-missing', null)]);
    const summary = summarizeScores([good, problem]);
    expect(summary.goodErrorsPer1000).toBe(2);
    expect(summary.goodWarningsPer1000).toBe(2);
    expect(summary.problemsWithoutTextError).toEqual(['p1']);
    expect(summary.mostDisagreement[0]).toEqual({ id: 'p1', count: 2 });
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Source, StudyDesign } from '../../src/core/citations/source';
import { ComplianceChecker, loadBuiltInPack, type Finding } from '../../src/core/compliance';
import { emptyMetadata, type ArticleMetadata } from '../../src/core/document/metadata';
import { miniMarkdown } from './mini-markdown';

interface CorpusSource {
  design: StudyDesign;
  participants?: number;
  year: number;
  title: string;
  retracted?: boolean;
}
interface Passage {
  name: string;
  text: string;
  sources?: string[];
  metadata?: Partial<ArticleMetadata>;
  expect: [string, string][];
}
interface Corpus {
  sources: Record<string, CorpusSource>;
  passages: Passage[];
}

const corpus = parse(readFileSync(join(import.meta.dirname, 'corpus.yaml'), 'utf8')) as Corpus;
const pack = loadBuiltInPack(
  readFileSync(join(import.meta.dirname, '../../resources/rules/medical-public.yaml'), 'utf8'),
);

const toSource = (key: string, spec: CorpusSource): Source => ({
  id: key,
  key,
  csl: {
    id: key,
    type: 'article-journal',
    title: spec.title,
    issued: { 'date-parts': [[spec.year]] },
  },
  evidence: {
    design: spec.design,
    participants: spec.participants ?? null,
    peerReviewed: true,
    retracted: spec.retracted ?? false,
  },
});

const metadataFor = (passage: Passage): ArticleMetadata => ({
  ...emptyMetadata('Corpus passage'),
  authors: ['Ana Writer'],
  medicalReviewer: 'Dr Rita Reviewer',
  lastReviewed: '2026-01-10',
  ...passage.metadata,
});

/** What the checker finds in a passage, as [rule, excerpt] pairs. */
function check(passage: Passage): [string, string][] {
  const cited = [...passage.text.matchAll(/\[@([^\]]+)\]/g)].flatMap((m) =>
    (m[1] ?? '').split(';').map((k) => k.trim().replace(/^@/, '')),
  );
  const keys = passage.sources ?? [...new Set(cited)];
  const sources = keys.flatMap((key) =>
    corpus.sources[key] ? [toSource(key, corpus.sources[key])] : [],
  );
  const findings: Finding[] = new ComplianceChecker(pack).check({
    doc: miniMarkdown(passage.text),
    sources,
    metadata: metadataFor(passage),
    today: '2026-11-24',
  });
  return findings.map((finding) => [finding.ruleId, finding.excerpt]);
}

const key = ([rule, excerpt]: [string, string]) => `${rule}\u0000${excerpt}`;

describe('the compliance corpus', () => {
  it('has at least 60 passages, every rule of the pack among them', () => {
    expect(corpus.passages.length).toBeGreaterThanOrEqual(60);
    const covered = new Set(
      corpus.passages.flatMap((passage) => passage.expect.map(([rule]) => rule)),
    );
    expect(pack.rules.map((rule) => rule.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('finds exactly what a reviewer expects, with precision and recall of at least 0.9 per rule', () => {
    const stats = new Map<string, { tp: number; fp: number; fn: number }>();
    const stat = (rule: string) => {
      let entry = stats.get(rule);
      if (!entry) stats.set(rule, (entry = { tp: 0, fp: 0, fn: 0 }));
      return entry;
    };
    const misses: string[] = [];
    for (const passage of corpus.passages) {
      const found = check(passage);
      const expected = new Set(passage.expect.map(key));
      const actual = new Set(found.map(key));
      for (const item of found) {
        if (expected.has(key(item))) stat(item[0]).tp += 1;
        else {
          stat(item[0]).fp += 1;
          misses.push(`${passage.name}: unexpected ${item[0]} “${item[1]}”`);
        }
      }
      for (const item of passage.expect) {
        if (!actual.has(key(item))) {
          stat(item[0]).fn += 1;
          misses.push(`${passage.name}: missed ${item[0]} “${item[1]}”`);
        }
      }
    }
    const rows = [...stats.entries()].sort().map(([rule, { tp, fp, fn }]) => {
      const precision = tp + fp ? tp / (tp + fp) : 1;
      const recall = tp + fn ? tp / (tp + fn) : 1;
      return {
        rule,
        tp,
        fp,
        fn,
        precision: Number(precision.toFixed(2)),
        recall: Number(recall.toFixed(2)),
      };
    });
    console.table(rows);
    if (misses.length) console.log(misses.join('\n'));
    for (const row of rows) {
      expect(row.precision, `precision of ${row.rule}`).toBeGreaterThanOrEqual(0.9);
      expect(row.recall, `recall of ${row.rule}`).toBeGreaterThanOrEqual(0.9);
    }
  });
});

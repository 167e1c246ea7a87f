import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { text as alex } from 'alex';
import writeGood from 'write-good';
import { ComplianceChecker, loadBuiltInPack } from '../src/core/compliance';
import { docToPlainText } from '../src/core/document/plain-text';
import { emptyMetadata } from '../src/core/document/metadata';
import { articleSchema } from '../src/core/document/schema';
import { referenceArticle } from '../tests/compliance/reference-article';
import { longArticle } from './long-article';
import { median, sample, type Bench } from './table';

/** Full checks of the reference article and a 20,000-word draft, a one-paragraph re-check, and two naive baselines. */
export const complianceBench: Bench = {
  name: 'compliance',
  run: async () => {
    const pack = loadBuiltInPack(
      readFileSync(join(import.meta.dirname, '../resources/rules/medical-public.yaml'), 'utf8'),
    );
    const today = '2026-11-24';
    const reference = referenceArticle();
    const referenceDoc = articleSchema().nodeFromJSON(reference.doc);
    const referenceFull = await sample(
      () =>
        new ComplianceChecker(pack).check({
          doc: referenceDoc,
          sources: reference.sources,
          metadata: reference.metadata,
          today,
        }),
      30,
    );

    const sources = ['s1', 's2', 's3', 's4'].map((id) => ({
      id,
      key: id,
      csl: {
        id,
        type: 'article-journal',
        title: `Study ${id}`,
        issued: { 'date-parts': [[2023]] },
      },
      evidence: { design: 'rct' as const, participants: 400, peerReviewed: true, retracted: false },
    }));
    const metadata = {
      ...emptyMetadata('Long'),
      authors: ['A'],
      medicalReviewer: 'B',
      lastReviewed: '2026-01-01',
    };
    const long = longArticle(20_000);
    const longDoc = articleSchema().nodeFromJSON(long);
    const full = await sample(
      () => new ComplianceChecker(pack).check({ doc: longDoc, sources, metadata, today }),
      15,
    );

    const checker = new ComplianceChecker(pack);
    checker.check({ doc: longDoc, sources, metadata, today });
    const middle = Math.floor((long.content?.length ?? 0) / 2);
    // The editor hands the checker its current document, so building the edited
    // document is not part of a re-check: only the check itself is timed.
    const recheck: number[] = [];
    for (let edit = 0; edit < 30; edit += 1) {
      const edited = structuredClone(long);
      edited.content?.[middle]?.content?.push({ type: 'text', text: ` Edit number ${edit}.` });
      const doc = articleSchema().nodeFromJSON(edited);
      const start = performance.now();
      checker.check({ doc, sources, metadata, today });
      recheck.push(performance.now() - start);
    }

    const plain = docToPlainText(long);
    const start1 = performance.now();
    writeGood(plain);
    const writeGoodMs = performance.now() - start1;
    const start2 = performance.now();
    alex(plain);
    const alexMs = performance.now() - start2;
    const ours = median(full);

    return [
      {
        work: 'full compliance check, reference article',
        budgetMs: 20,
        measuredMs: median(referenceFull),
        statistic: 'median of 30',
      },
      {
        work: 'full compliance check, 20,000 words',
        budgetMs: 150,
        measuredMs: ours,
        statistic: 'median of 15',
        note: `write-good ${writeGoodMs.toFixed(0)} ms (×${(writeGoodMs / ours).toFixed(1)}), alex ${alexMs.toFixed(0)} ms (×${(alexMs / ours).toFixed(1)}) on the same text`,
      },
      {
        work: 're-check after editing one paragraph',
        budgetMs: 10,
        measuredMs: median(recheck),
        statistic: 'median of 30',
      },
    ];
  },
};

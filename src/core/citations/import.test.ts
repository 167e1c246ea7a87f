import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuplicateIndex, findDuplicate, normaliseTitle } from './duplicates';
import { planImport, summarizeImport } from './import-plan';
import { formatImportSummary } from './import-summary';
import { mergeSource } from './merge-source';
import { parseReferences } from './parse-references';
import { type CslItem, type Source, unknownEvidence } from './source';

const fixtures = join(__dirname, '../../../tests/fixtures/references');

const source = (id: string, csl: Partial<CslItem>, evidence = unknownEvidence()): Source => ({
  id,
  key: id,
  csl: { id, type: 'article-journal', title: 'Untitled', ...csl },
  evidence,
});

const lincoffStored = source('uuid-1', {
  title: 'Semaglutide and cardiovascular outcomes in obesity without diabetes',
  DOI: '10.1056/nejmoa2307563',
  issued: { 'date-parts': [[2023]] },
});
const sattarStored = source('uuid-2', {
  title:
    'Cardiovascular, mortality, and kidney outcomes with GLP-1 receptor agonists in patients with type 2 diabetes',
  issued: { 'date-parts': [[2021, 10]] },
  author: [{ family: 'Sattar', given: 'Naveed' }],
});

describe('findDuplicate', () => {
  const library = [
    lincoffStored,
    sattarStored,
    source('uuid-3', { title: 'Other', PMID: '38381673' }),
  ];

  it('matches a DOI whatever its case or prefix', () => {
    for (const doi of [
      '10.1056/NEJMoa2307563',
      'https://doi.org/10.1056/NEJMOA2307563',
      'doi:10.1056/nejmoa2307563',
    ]) {
      expect(
        findDuplicate({ csl: { id: 'x', type: 'book', title: 'Different', DOI: doi } }, library),
      ).toEqual({
        source: lincoffStored,
        reason: 'doi',
      });
    }
  });

  it('matches a PMID, and a title and year written differently', () => {
    expect(
      findDuplicate({ csl: { id: 'x', type: 'book', PMID: 'PMID: 38381673' } }, library)?.reason,
    ).toBe('pmid');
    const retyped = {
      id: 'x',
      type: 'article-journal',
      title:
        'Cardiovascular, Mortality, and Kidney Outcomes with <i>GLP-1</i> Receptor Agonists in Patients with Type 2 Diabetes.',
      issued: { 'date-parts': [[2021]] },
    };
    expect(findDuplicate({ csl: retyped }, library)).toEqual({
      source: sattarStored,
      reason: 'title-year',
    });
  });

  it('does not match another year, or a work with its own different DOI', () => {
    expect(
      findDuplicate(
        { csl: { ...lincoffStored.csl, DOI: undefined, issued: { 'date-parts': [[2024]] } } },
        library,
      ),
    ).toBeNull();
    expect(
      findDuplicate({ csl: { ...lincoffStored.csl, DOI: '10.1056/NEJMx9999999' } }, library),
    ).toBeNull();
    expect(
      findDuplicate({ csl: { id: 'x', type: 'book', title: 'Nothing alike' } }, library),
    ).toBeNull();
  });

  it('normalises titles for comparison', () => {
    expect(normaliseTitle('  Naïve <i>B</i>-cells:  a Review. ')).toBe('naive b cells a review');
  });

  it('stays fast on a big library', () => {
    const big = Array.from({ length: 20_000 }, (_, index) =>
      source(`s${index}`, {
        title: `Study ${index}`,
        DOI: `10.1000/${index}`,
        issued: { 'date-parts': [[2000]] },
      }),
    );
    const index = new DuplicateIndex(big);
    expect(index.find({ csl: { id: 'x', type: 'book', DOI: '10.1000/19999' } })?.source.id).toBe(
      's19999',
    );
    expect(
      index.find({
        csl: { id: 'x', type: 'book', title: 'study 123', issued: { 'date-parts': [[2000]] } },
      })?.source.id,
    ).toBe('s123');
  });
});

describe('mergeSource', () => {
  it('fills gaps from the duplicate and never overwrites stored data', () => {
    const stored = source(
      'uuid-9',
      { title: 'My edited title', page: '', author: [] },
      { ...unknownEvidence(), design: 'rct' },
    );
    const incoming = {
      csl: {
        id: 'lincoff2023',
        type: 'article-journal',
        title: 'Imported title',
        page: '2221-2232',
        author: [{ family: 'Lincoff', given: 'A. Michael' }],
        PMID: '37952131',
      },
      evidence: {
        design: 'cohort' as const,
        participants: 17_604,
        peerReviewed: true,
        retracted: true,
      },
    };
    const { source: merged, filled } = mergeSource(stored, incoming);
    expect(merged.id).toBe('uuid-9');
    expect(merged.csl).toMatchObject({
      id: 'uuid-9',
      title: 'My edited title',
      page: '2221-2232',
      PMID: '37952131',
    });
    expect(merged.csl.author).toEqual([{ family: 'Lincoff', given: 'A. Michael' }]);
    expect(merged.evidence).toEqual({
      design: 'rct',
      participants: 17_604,
      peerReviewed: true,
      retracted: true,
    });
    expect(filled).toEqual([
      'page',
      'author',
      'PMID',
      'evidence.participants',
      'evidence.peerReviewed',
      'evidence.retracted',
    ]);
    expect(stored.csl.page).toBe('');
  });
});

describe('planImport and its summary', () => {
  const parsed = parseReferences(readFileSync(join(fixtures, 'glp1-trials.bib'), 'utf8'));

  it('skips duplicates of the library and reports the unreadable entry', () => {
    const plan = planImport(parsed, [lincoffStored, sattarStored], 'skip');
    const summary = summarizeImport(plan);
    expect(formatImportSummary(summary)).toBe(
      '12 imported, 2 duplicates skipped, 1 entry unreadable: line 40, missing closing brace',
    );
    const skipped = plan.decisions.filter((decision) => decision.action === 'skip');
    expect(skipped.map((decision) => [decision.entry.key, decision.reason])).toEqual([
      ['lincoff2023', 'doi'],
      ['sattar2021', 'title-year'],
    ]);
  });

  it('merges when the duplicate adds something, keeping the stored id', () => {
    const plan = planImport(parsed, [lincoffStored, sattarStored]);
    expect(formatImportSummary(summarizeImport(plan))).toBe(
      '12 imported, 2 duplicates merged, 1 entry unreadable: line 40, missing closing brace',
    );
    const merged = plan.decisions.find(
      (decision) => decision.action === 'merge' && decision.stored === sattarStored,
    );
    expect(merged?.action === 'merge' && merged.merged).toMatchObject({
      id: 'uuid-2',
      csl: {
        DOI: '10.1016/S2213-8587(21)00203-5',
        'container-title': 'Lancet Diabetes Endocrinol',
      },
    });
  });

  it('makes new keys unique against the library and skips repeats within the file', () => {
    const text = [
      '@book{smith2020, title = {First book}, year = 2020}',
      '@book{other, title = {First Book.}, year = 2020}',
      '@book{jones2021, title = {Second book}, year = 2021}',
    ].join('\n');
    const plan = planImport(parseReferences(text), [
      source('uuid-5', { title: 'Unrelated' }),
      { ...source('uuid-6', {}), key: 'smith2020' },
    ]);
    expect(plan.decisions.map((decision) => [decision.action, decision.entry.key])).toEqual([
      ['add', 'smith2020a'],
      ['skip', 'other'],
      ['add', 'jones2021'],
    ]);
    const added = plan.decisions[0];
    expect(added?.entry.id).toBe('smith2020a');
    expect(added?.entry.csl.id).toBe('smith2020a');
    expect(formatImportSummary(summarizeImport(plan))).toBe('2 imported, 1 duplicate skipped');
  });

  it('sums up files that held nothing usable', () => {
    expect(formatImportSummary(summarizeImport(planImport(parseReferences(''), [])))).toBe(
      'Nothing imported: the file is empty',
    );
    const fourBad = parseReferences(
      '@book{a, title={x}\n@book{b, title={y}\n@book{c, title={z}\n@book{d, title={w}\n',
    );
    expect(formatImportSummary(summarizeImport(planImport(fourBad, [])))).toBe(
      '0 imported, 4 entries unreadable: line 1, missing closing brace; line 2, missing closing brace; line 3, missing closing brace; and 1 more',
    );
  });
});

import { collectCitations, numberCitations } from '../src/core/citations/numbering';
import { createCitationFormatter } from '../src/core/citations/formatter';
import { formatReferenceList } from '../src/core/citations/reference-list';
import type { Source } from '../src/core/citations/source';
import { cite, doc, p } from '../src/core/document/builders';
import { findCslDir, loadCslStyles } from '../src/main/resources/csl-styles';
import { median, sample, type Bench } from './table';

/** Numbering and formatting a draft with 300 citations over 150 sources. */
export const citationsBench: Bench = {
  name: 'citations',
  run: async () => {
    const sources: Source[] = Array.from({ length: 150 }, (_, i) => ({
      id: `s${i}`,
      key: `author${i}2024`,
      csl: {
        id: `author${i}2024`,
        type: 'article-journal',
        title: `Study number ${i} of a treatment for a chronic condition`,
        author: [
          { family: `Author${i}`, given: 'Ana' },
          { family: 'Second', given: 'Ben' },
        ],
        'container-title': 'Journal of Benchmarks',
        issued: { 'date-parts': [[2000 + (i % 25)]] },
        volume: String(i),
        page: `${i}-${i + 9}`,
        DOI: `10.1000/bench.${i}`,
      },
      evidence: { design: 'cohort', participants: 100 + i, peerReviewed: true, retracted: false },
    }));
    const paragraphs = Array.from({ length: 150 }, (_, i) =>
      p(
        `Finding ${i} `,
        cite(`s${(i * 7) % 150}`),
        ' and more ',
        cite(`s${(i * 11) % 150}`, `s${(i * 13) % 150}`),
        '.',
      ),
    );
    const article = doc(...paragraphs);
    const list = sources.map((source) => source.id);

    const renumber = await sample(
      () => numberCitations(collectCitations(article), list, 'first-citation'),
      200,
    );
    const styles = loadCslStyles(findCslDir());
    const formatter = createCitationFormatter(styles.ama);
    const numbering = numberCitations(collectCitations(article), list, 'first-citation');
    const firstStart = performance.now();
    formatReferenceList(numbering, sources, formatter);
    const firstFormat = performance.now() - firstStart;
    const moved = doc(...[...paragraphs].reverse());
    const reformat = await sample(
      () =>
        formatReferenceList(
          numberCitations(collectCitations(moved), list, 'first-citation'),
          sources,
          formatter,
        ),
      50,
    );
    return [
      {
        work: 're-number 300 citations over 150 sources',
        budgetMs: 5,
        measuredMs: median(renumber),
        statistic: 'median of 200',
      },
      {
        work: 'renumber + reformat the reference list after moving text',
        budgetMs: 16,
        measuredMs: median(reformat),
        statistic: 'median of 50',
        note: `first full AMA format of 150 sources: ${firstFormat.toFixed(0)} ms (cached after)`,
      },
    ];
  },
};

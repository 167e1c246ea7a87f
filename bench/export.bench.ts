import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCitationFormatter } from '../src/core/citations/formatter';
import { emptyMetadata } from '../src/core/document/metadata';
import { prepareExport, toHtmlArticle, toMarkdownArticle } from '../src/core/export';
import { findCslDir, loadCslStyles } from '../src/main/resources/csl-styles';
import { longArticle } from './long-article';
import { median, sample, type Bench } from './table';

/** Milliseconds Pandoc takes for a conversion (median of a few runs), or null without Pandoc. */
function pandocMs(input: string, args: string[]): number | null {
  const file = join(mkdtempSync(join(tmpdir(), 'vetted-bench-pandoc-')), 'article.md');
  writeFileSync(file, input);
  const times: number[] = [];
  try {
    for (let run = 0; run < 5; run += 1) {
      const start = performance.now();
      execFileSync('pandoc', [...args, file], { stdio: ['ignore', 'ignore', 'ignore'] });
      times.push(performance.now() - start);
    }
  } catch {
    return null;
  }
  return median(times);
}

const pandocNote = (ms: number | null, ours: number) =>
  ms === null
    ? 'Pandoc not installed'
    : `Pandoc ${ms.toFixed(0)} ms (×${(ms / ours).toFixed(1)}) for the same conversion`;

/** Exporting a 20,000-word draft to HTML and Markdown, with Pandoc's time beside ours. */
export const exportBench: Bench = {
  name: 'export',
  run: async () => {
    const sources = ['s1', 's2', 's3', 's4'].map((id, index) => ({
      id,
      key: id,
      csl: {
        id,
        type: 'article-journal',
        title: `A randomised trial number ${index + 1}`,
        author: [{ family: 'Smith', given: 'Jane' }],
        'container-title': 'BMJ',
        issued: { 'date-parts': [[2023]] },
        DOI: `10.1136/bmj-2023-00${index}`,
      },
      evidence: { design: 'rct' as const, participants: 400, peerReviewed: true, retracted: false },
    }));
    const formatter = createCitationFormatter(loadCslStyles(findCslDir()).ama);
    const input = { doc: longArticle(20_000), metadata: emptyMetadata('Long'), sources, formatter };
    const html = await sample(() => toHtmlArticle(prepareExport(input), { standalone: true }), 20);
    const markdown = await sample(
      () => toMarkdownArticle(prepareExport(input), { citations: 'numbered' }),
      20,
    );

    const exported = toMarkdownArticle(prepareExport(input), { citations: 'numbered' });
    const oursHtml = median(html);
    const oursMarkdown = median(markdown);
    return [
      {
        work: 'export 20,000 words to HTML',
        budgetMs: 100,
        measuredMs: oursHtml,
        statistic: 'median of 20',
        note: pandocNote(
          pandocMs(exported, [
            '-f',
            'gfm',
            '-t',
            'html',
            '--standalone',
            '--metadata',
            'title=Long',
          ]),
          oursHtml,
        ),
      },
      {
        work: 'export 20,000 words to Markdown',
        budgetMs: 100,
        measuredMs: oursMarkdown,
        statistic: 'median of 20',
        note: pandocNote(pandocMs(exported, ['-f', 'gfm', '-t', 'gfm']), oursMarkdown),
      },
    ];
  },
};

import { describe, expect, it } from 'vitest';
import { collectCitations, numberCitations } from '../../src/core/citations/numbering';
import {
  describeNotices,
  importMarkdown,
  importMarkdownArticle,
  ImportError,
} from '../../src/core/import';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importReferenceArticle, REFERENCE_FOLDER } from './article-fixture';

const labelsOf = (
  article: ReturnType<typeof importReferenceArticle>,
  order: 'first-citation' | 'source-list',
) =>
  numberCitations(
    collectCitations(article.doc),
    article.sources.map((source) => source.id),
    order,
  ).labels.map((label) => label.text);

describe('importing the reference article', () => {
  const article = importReferenceArticle();

  it('reads its front matter into the article details', () => {
    expect(article.metadata).toMatchObject({
      title: 'CAR-T Beyond Cancer: the Autoimmune Frontier',
      category: 'Immune Health',
      publishedOn: '2026-06-17',
      disclaimer: 'For general information and education only — not medical advice.',
      slug: 'car-t-beyond-cancer-the-autoimmune-frontier',
    });
    expect(article.metadata.standfirst).toMatch(/^The same cell therapy/);
    expect(article.bibliography).toEqual(['references.json']);
  });

  it('yields 4 sources and 14 citations, numbered by first citation', () => {
    expect(article.sources.map((source) => source.key)).toEqual([
      'nci-car-t',
      'schett2024',
      'mackensen2022',
      'muller2024',
    ]);
    expect(collectCitations(article.doc)).toHaveLength(14);
    expect(labelsOf(article, 'first-citation')).toEqual(
      '1; 2; 3; 4; 2; 2; 3,4; 1,2; 4; 2; 3,4; 2; 2; 3,4'.split('; '),
    );
  });

  it('can keep the source list order the published article used', () => {
    // references.json lists NCI, Müller, Mackensen, Schett: the published numbering.
    const listOrder = ['nci-car-t', 'muller2024', 'mackensen2022', 'schett2024'];
    const labels = numberCitations(
      collectCitations(article.doc),
      listOrder,
      'source-list',
    ).labels.map((label) => label.text);
    expect(labels.slice(0, 4)).toEqual(['1', '4', '3', '2']);
    expect(labels[6]).toBe('2,3');
  });

  it('keeps every heading, bullet and bold lead-in, and reports nothing lost', () => {
    expect(describeNotices(article.notices)).toEqual([]);
    const headings = article.doc.content?.filter((node) => node.type === 'heading') ?? [];
    expect(headings).toHaveLength(10);
    const list = article.doc.content?.find((node) => node.type === 'bulletList');
    expect(list?.content).toHaveLength(4);
    expect(JSON.stringify(list)).toContain('"marks":[{"type":"bold"}]');
  });

  it('maps editor positions back to lines and columns of the file', () => {
    // The first citation, [@nci-car-t], is on line 16 of the file.
    let pos = -1;
    let offset = 0;
    const walk = (node: NonNullable<typeof article.doc.content>[number], at: number): number => {
      if (node.type === 'citation' && pos === -1) pos = at;
      if (node.type === 'text') return (node.text ?? '').length;
      if (node.type === 'citation') return 1;
      let inner = at + 1;
      for (const child of node.content ?? []) inner += walk(child, inner);
      return inner - at + 1;
    };
    for (const block of article.doc.content ?? []) offset += walk(block, offset);
    const { line, column } = article.positions.lineColumnOf(pos);
    const sourceLine =
      readFileSync(join(REFERENCE_FOLDER, 'article.md'), 'utf8').split('\n')[15] ?? '';
    expect({ line, column }).toEqual({ line: 16, column: sourceLine.indexOf('[@nci-car-t]') + 1 });
  });
});

describe('Markdown the article schema cannot hold', () => {
  it('keeps tables, raw HTML and images as readable text and says so', () => {
    const imported = importMarkdown(
      [
        '# A title',
        '',
        '| Drug | Dose |',
        '| --- | --- |',
        '| A | 5 mg |',
        '',
        '<div class="x">Boxed text</div>',
        '',
        '![A chart of results](chart.png)',
        '',
        '[relative](/about) and [script](javascript:alert(1))',
      ].join('\n'),
    );
    expect(imported.metadata.title).toBe('A title');
    const text = JSON.stringify(imported.doc);
    expect(text).toContain('Drug');
    expect(text).toContain('5 mg');
    expect(text).toContain('Boxed text');
    expect(text).toContain('[Image: A chart of results]');
    expect(text).not.toContain('javascript:');
    expect(describeNotices(imported.notices)).toEqual([
      'line 3: a table was kept as text, one paragraph per row',
      'line 7: raw HTML was kept as plain text',
      'line 9: the image "chart.png" was left out (articles have no images); its description is kept as text',
      'line 11: the link to "/about" was kept as plain text: only http, https and mailto links are allowed',
      'line 11: the link to "javascript:alert(1)" was kept as plain text: only http, https and mailto links are allowed',
    ]);
  });

  it('reads Pandoc citations with several keys and locators, and reports unknown keys', () => {
    const article = importMarkdownArticle('Text [@a; @b, p. 4] and [see @c].', [
      {
        name: 'refs.json',
        text: JSON.stringify([
          { id: 'a', type: 'book', title: 'A' },
          { id: 'b', type: 'book', title: 'B' },
        ]),
      },
    ]);
    const citations = collectCitations(article.doc);
    expect(citations).toEqual([
      { sourceIds: ['a', 'b'], locator: 'p. 4' },
      { sourceIds: ['c'], locator: null },
    ]);
    expect(article.missingKeys).toEqual(['c']);
    expect(describeNotices(article.notices)).toEqual([
      'line 1: the citation prefix "see" was left out',
      'the citation @c has no entry in the bibliography; it shows as a missing source',
    ]);
  });

  it('leaves brackets that are not citations alone', () => {
    const article = importMarkdown('Write to [me@example.org] or see [the note].');
    expect(collectCitations(article.doc)).toEqual([]);
    expect(JSON.stringify(article.doc)).toContain('[the note].');
  });

  it('refuses files that are not Markdown with a plain message', () => {
    expect(() => importMarkdown('')).toThrow(ImportError);
    expect(() => importMarkdown('   \n')).toThrow('The file is empty');
    expect(() => importMarkdown('PK\u0003\u0004\u0000\u0000binary')).toThrow('binary data');
    expect(() => importMarkdown('a'.repeat(20_000_001))).toThrow('too large');
  });

  it('reports front matter that is not YAML and keeps the body', () => {
    const imported = importMarkdown('---\ntitle: [unclosed\n---\n\nBody text.');
    expect(JSON.stringify(imported.doc)).toContain('Body text.');
    expect(describeNotices(imported.notices)[0]).toMatch(
      /^line 2: the front matter is not valid YAML/,
    );
  });
});

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import {
  exportArticle,
  prepareExport,
  toHtmlArticle,
  toMarkdownArticle,
} from '../../src/core/export';
import { importReferenceArticle, formatterFor, modelOf } from './article-fixture';

const GOLDEN = join(import.meta.dirname, '../golden');

/** Compares with a locked golden file; UPDATE_GOLDEN=1 writes it (then read it by eye). */
function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    if (process.env.CI) throw new Error(`golden file ${name} is missing`);
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

function select(node: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) found.push(child);
    found.push(...select(child, test));
  }
  return found;
}

/** The text content of a node, as the DOM's textContent reads it. */
function toString(node: Root | Element | Root['children'][number]): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'root' || node.type === 'element') return node.children.map(toString).join('');
  return '';
}

const hasClass = (name: string) => (element: Element) =>
  Array.isArray(element.properties.className) && element.properties.className.includes(name);

const article = importReferenceArticle();
const model = modelOf(article);

describe('exporting the reference article', () => {
  it('matches the golden HTML page and Markdown files', () => {
    expectGolden('car-t-autoimmune.html', toHtmlArticle(model, { standalone: true }));
    expectGolden('car-t-autoimmune.fragment.html', toHtmlArticle(model, { standalone: false }));
    expectGolden('car-t-autoimmune.md', toMarkdownArticle(model, { citations: 'numbered' }));
    expectGolden(
      'car-t-autoimmune.footnotes.md',
      toMarkdownArticle(model, { citations: 'footnotes' }),
    );
  });

  it('gives the same bytes every time', () => {
    const again = modelOf(importReferenceArticle());
    expect(toHtmlArticle(again, { standalone: true })).toBe(
      toHtmlArticle(model, { standalone: true }),
    );
    expect(toMarkdownArticle(again, { citations: 'pandoc' })).toBe(
      toMarkdownArticle(model, { citations: 'pandoc' }),
    );
  });

  it('is HTML5 a parser reads without a single error', () => {
    const errors: string[] = [];
    fromHtml(toHtmlArticle(model, { standalone: true }), {
      onerror: (error) => {
        errors.push(error.message);
      },
    });
    expect(errors).toEqual([]);
  });

  it('links every citation to its numbered source, and every source back to the text', () => {
    const page = fromHtml(toHtmlArticle(model, { standalone: true }));
    const citations = select(page, hasClass('citation'));
    expect(citations.map((sup) => toString(sup))).toEqual(
      '1; 2; 3; 4; 2; 2; 3,4; 1,2; 4; 2; 3,4; 2; 2; 3,4'.split('; '),
    );
    const ids = new Set(
      select(page, (element) => typeof element.properties.id === 'string').map((element) =>
        String(element.properties.id),
      ),
    );
    const anchors = select(
      page,
      (element) => element.tagName === 'a' && String(element.properties.href ?? '').startsWith('#'),
    );
    expect(anchors.length).toBeGreaterThan(20);
    for (const anchor of anchors) expect(ids).toContain(String(anchor.properties.href).slice(1));
    const items = select(
      page,
      (element) =>
        element.tagName === 'li' && String(element.properties.id ?? '').startsWith('ref-'),
    );
    expect(items.map((item) => toString(item).slice(0, 24))).toEqual([
      'National Cancer Institut',
      'Schett G, et al. Advance',
      'Mackensen A, et al. Anti',
      'Müller F, et al. CD19 CA',
    ]);
  });

  it('carries schema.org MedicalWebPage JSON-LD and no other script', () => {
    const page = fromHtml(toHtmlArticle(model, { standalone: true }));
    const scripts = select(page, (element) => element.tagName === 'script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.properties.type).toBe('application/ld+json');
    const data = JSON.parse(toString(scripts[0] as Element)) as Record<string, unknown>;
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      headline: 'CAR-T Beyond Cancer: the Autoimmune Frontier',
      datePublished: '2026-06-17',
    });
    expect(data.citation).toHaveLength(4);
    const description = select(
      page,
      (element) => element.tagName === 'meta' && element.properties.name === 'description',
    );
    expect(String(description[0]?.properties.content)).toMatch(/^The same cell therapy/);
  });

  it('numbers in source-list order when the draft asks for it', () => {
    const listOrder = prepareExport({
      doc: article.doc,
      metadata: { ...article.metadata, citationOrder: 'source-list' },
      sources: [
        article.sources[0],
        article.sources[3],
        article.sources[2],
        article.sources[1],
      ].filter((source) => source !== undefined),
      formatter: formatterFor('ama'),
    });
    const markdown = toMarkdownArticle(listOrder, { citations: 'numbered' });
    expect(markdown).toContain('<sup id="cite-2">[4](#ref-4)</sup>');
    expect(markdown).toMatch(/1\. <a id="ref-1"><\/a>National Cancer Institute/);
    expect(markdown).toMatch(/2\. <a id="ref-2"><\/a>Müller F/);
  });

  it('writes Pandoc citations with a CSL-JSON bibliography beside them', () => {
    const files = exportArticle(model, {
      format: 'markdown',
      citations: 'pandoc',
      standalone: true,
    });
    expect(files.map((file) => file.name)).toEqual([
      'car-t-beyond-cancer-the-autoimmune-frontier.md',
      'car-t-beyond-cancer-the-autoimmune-frontier.json',
    ]);
    expect(files[0]?.content).toContain(
      'bibliography: car-t-beyond-cancer-the-autoimmune-frontier.json',
    );
    expect(files[0]?.content).toContain('[@mackensen2022; @muller2024]');
    const items = JSON.parse(files[1]?.content ?? '[]') as { id: string }[];
    expect(items.map((item) => item.id)).toEqual([
      'nci-car-t',
      'schett2024',
      'mackensen2022',
      'muller2024',
    ]);
  });

  it('formats the sources in Vancouver when asked', () => {
    const vancouver = modelOf(article, 'vancouver');
    const markdown = toMarkdownArticle(vancouver, { citations: 'numbered' });
    expect(markdown).toContain('Nat Rev Rheumatol. 2024 Sep;20(9):531-44.');
    // Vancouver as a copy editor writes it: no DOI, no PubMed PMID note.
    expect(markdown).not.toContain('PubMed PMID');
  });

  it('leaves out pending suggestions and comment marks', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Kept ' },
            {
              type: 'text',
              text: 'proposed ',
              marks: [
                {
                  type: 'insertion',
                  attrs: {
                    id: 's1',
                    author: 'R',
                    authorId: 'r',
                    createdAt: '2026-01-01T00:00:00Z',
                  },
                },
              ],
            },
            { type: 'text', text: 'text', marks: [{ type: 'comment', attrs: { threadId: 't1' } }] },
            {
              type: 'text',
              text: ' stays',
              marks: [
                {
                  type: 'deletion',
                  attrs: {
                    id: 's2',
                    author: 'R',
                    authorId: 'r',
                    createdAt: '2026-01-01T00:00:00Z',
                  },
                },
              ],
            },
          ],
        },
      ],
    };
    const exported = prepareExport({
      doc,
      metadata: article.metadata,
      sources: [],
      formatter: formatterFor('ama'),
    });
    const html = toHtmlArticle(exported, { standalone: false });
    expect(html).toContain('<p>Kept text stays</p>');
    expect(html).not.toContain('proposed');
    expect(toMarkdownArticle(exported, { citations: 'numbered', bodyOnly: true })).toBe(
      'Kept text stays\n',
    );
  });
});

const hasPandoc = (() => {
  try {
    execFileSync('pandoc', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

// CI installs Debian's pandoc; a developer machine without it skips this one check.
describe.skipIf(!hasPandoc && !process.env.CI)('cross-check with Pandoc', () => {
  it('Pandoc reads the exported Markdown into the same text and links as the HTML export', () => {
    const markdown = toMarkdownArticle(model, { citations: 'numbered' });
    const pandocHtml = execFileSync('pandoc', ['-f', 'gfm+yaml_metadata_block', '-t', 'html'], {
      input: markdown,
    }).toString();
    const ours = fromHtml(toHtmlArticle(model, { standalone: false }));
    const body = [...select(ours, hasClass('article-body')), ...select(ours, hasClass('sources'))];
    const theirs = fromHtml(pandocHtml, { fragment: true });
    // Pandoc adds a text-style variation selector after ↩.
    const text = (nodes: (Root | Element)[]) =>
      nodes
        .map((node) => toString(node))
        .join(' ')
        .replace(/\ufe0e/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    expect(text([theirs])).toBe(text(body));
    const links = (nodes: (Root | Element)[]) =>
      nodes
        .flatMap((node) =>
          select(
            node,
            (element) => element.tagName === 'a' && element.properties.href !== undefined,
          ),
        )
        .map((a) => String(a.properties.href));
    expect(links([theirs])).toEqual(links(body));
  });
});

import { HtmlRenderer, Parser } from 'commonmark';
import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { checkDoc } from '../../src/core/document/check-doc';
import { isAllowedLinkHref } from '../../src/core/document/links';
import { prepareExport, toHtmlArticle, toMarkdownArticle } from '../../src/core/export';
import { cleanPastedHtml, importHtml, importMarkdown, ImportError } from '../../src/core/import';
import { formatterFor } from './article-fixture';
import { executableMarkup } from './executable-markup';
import { XSS_VECTORS } from './xss-vectors';

const commonmark = { parser: new Parser(), renderer: new HtmlRenderer() };

function linksOf(node: JSONContent): string[] {
  const own = (node.marks ?? [])
    .filter((mark) => mark.type === 'link')
    .map((mark) => String(mark.attrs?.href));
  return [...own, ...(node.content ?? []).flatMap(linksOf)];
}

const withoutFrontMatter = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n/, '');

/** Imports, treating a refusal (binary content) as safe: nothing was imported. */
function orRefused<T>(read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    if (error instanceof ImportError) return null;
    throw error;
  }
}

/** Every export of a document, each checked for anything that could run. */
function exportsOf(doc: JSONContent, metadata: Parameters<typeof prepareExport>[0]['metadata']) {
  const model = prepareExport({ doc, metadata, sources: [], formatter: formatterFor() });
  const markdown = toMarkdownArticle(model, { citations: 'numbered' });
  return {
    page: executableMarkup(toHtmlArticle(model, { standalone: true }), { page: true }),
    fragment: executableMarkup(toHtmlArticle(model, { standalone: false })),
    // A CMS reads the front matter as data and renders the body with raw HTML allowed:
    // what it renders must be inert too.
    markdown: executableMarkup(
      commonmark.renderer.render(commonmark.parser.parse(withoutFrontMatter(markdown))),
    ),
  };
}

const SAFE = { page: [], fragment: [], markdown: [] };

describe('XSS corpus', () => {
  it('has at least 100 known vectors, and the checker catches them raw', () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(100);
    const caught = XSS_VECTORS.filter((vector) => executableMarkup(vector).length > 0);
    // A few vectors only work in old browsers' parsers; the rest must be recognised as dangerous.
    expect(caught.length).toBeGreaterThan(90);
  });

  it.each(XSS_VECTORS.map((vector, index) => [index + 1, vector]))(
    '#%i through HTML import and every export',
    (_n, vector) => {
      const imported = orRefused(() =>
        importHtml(`<html><body><p>Before</p>${vector}<p>After</p></body></html>`),
      );
      if (!imported) return;
      expect(checkDoc(imported.doc)).toEqual({ ok: true });
      for (const href of linksOf(imported.doc)) expect(isAllowedLinkHref(href)).toBe(true);
      expect(exportsOf(imported.doc, imported.metadata)).toEqual(SAFE);
    },
  );

  it.each(XSS_VECTORS.map((vector, index) => [index + 1, vector]))(
    '#%i through Markdown import and every export',
    (_n, vector) => {
      const imported = orRefused(() =>
        importMarkdown(
          `Before\n\n${vector}\n\nAfter [link](${vector.includes('javascript') ? 'javascript:alert(1)' : 'https://ok.example'})`,
        ),
      );
      if (!imported) return;
      for (const href of linksOf(imported.doc)) expect(isAllowedLinkHref(href)).toBe(true);
      expect(exportsOf(imported.doc, imported.metadata)).toEqual(SAFE);
    },
  );

  it.each(XSS_VECTORS.map((vector, index) => [index + 1, vector]))(
    '#%i through paste cleaning',
    (_n, vector) => {
      expect(executableMarkup(cleanPastedHtml(vector))).toEqual([]);
    },
  );

  it('a hostile title, standfirst and disclaimer are escaped in every export', () => {
    const hostile = '"><script>alert(1)</script><img src=x onerror=alert(1)>';
    const { doc, metadata } = importMarkdown('Body.');
    const exported = exportsOf(doc, {
      ...metadata,
      title: hostile,
      standfirst: hostile,
      disclaimer: hostile,
      category: hostile,
      authors: [hostile],
    });
    expect(exported).toEqual(SAFE);
  });
});

describe('Pandoc citations', () => {
  it('keep hostile citation keys and locators inert', () => {
    const source = {
      id: 'src-1',
      key: 'x<img src=x onerror=alert(1)>',
      csl: { id: 'src-1', type: 'book', title: 'A book' },
      evidence: { design: null, participants: null, peerReviewed: null, retracted: false },
    };
    const { metadata } = importMarkdown('Body.');
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Claim ' },
            {
              type: 'citation',
              attrs: { sourceIds: ['src-1'], locator: 'p. <script>alert(1)</script>' },
            },
          ],
        },
      ],
    };
    const model = prepareExport({ doc, metadata, sources: [source], formatter: formatterFor() });
    const markdown = toMarkdownArticle(model, { citations: 'pandoc', bodyOnly: true });
    expect(markdown).toBe(
      'Claim [@x_img_src_x_onerror_alert_1__, p. \\<script\\>alert(1)\\</script\\>]\n',
    );
    expect(executableMarkup(commonmark.renderer.render(commonmark.parser.parse(markdown)))).toEqual(
      [],
    );
  });
});

describe('stored links', () => {
  it('a javascript: link that reached storage is exported as plain text', () => {
    const { metadata } = importMarkdown('Body.');
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'Click',
              marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
            },
          ],
        },
      ],
    };
    expect(exportsOf(doc, metadata)).toEqual(SAFE);
    const model = prepareExport({ doc, metadata, sources: [], formatter: formatterFor() });
    expect(toMarkdownArticle(model, { citations: 'numbered', bodyOnly: true })).toBe('Click\n');
    expect(toHtmlArticle(model, { standalone: false })).toContain('<p><span>Click</span></p>');
  });
});

import type { JSONContent } from '@tiptap/core';
import type { Element, ElementContent } from 'hast';
import { isAllowedLinkHref } from '../../document/links';
import type { NoticeLog } from '../import-notice';

type Mark = NonNullable<JSONContent['marks']>[number];
type BlockHandler = (node: Element, notices: NoticeLog) => JSONContent[];

const INLINE_MARKS: Record<string, Mark> = {
  strong: { type: 'bold' },
  b: { type: 'bold' },
  em: { type: 'italic' },
  i: { type: 'italic' },
  s: { type: 'strike' },
  strike: { type: 'strike' },
  del: { type: 'strike' },
  code: { type: 'code' },
};

const BLOCK_TAGS = new Set([
  'div',
  'p',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'figure',
  'figcaption',
]);

const isBlock = (node: ElementContent): boolean =>
  node.type === 'element' && BLOCK_TAGS.has(node.tagName);

function addMark(marks: Mark[], mark: Mark): Mark[] {
  // The schema's code mark excludes the others; inside a link or emphasis, code loses its font.
  if (mark.type === 'code' && marks.length) return marks;
  if (marks.some((existing) => existing.type === 'code')) return marks;
  return marks.some((existing) => existing.type === mark.type) ? marks : [...marks, mark];
}

/** Inline HTML → text nodes with marks (HTML whitespace collapsed). */
function inline(
  nodes: readonly ElementContent[],
  marks: Mark[],
  notices: NoticeLog,
): JSONContent[] {
  return nodes.flatMap((node): JSONContent[] => {
    if (node.type === 'text') {
      const value = node.value.replace(/\s+/g, ' ');
      if (!value) return [];
      return [marks.length ? { type: 'text', text: value, marks } : { type: 'text', text: value }];
    }
    if (node.type !== 'element') return [];
    if (node.tagName === 'br') return [{ type: 'hardBreak' }];
    if (node.tagName === 'img') {
      const alt = String(node.properties.alt ?? '').trim();
      notices.lost(
        'an image was left out (articles have no images); its description is kept as text',
      );
      return alt
        ? [{ type: 'text', text: `[Image: ${alt}]`, ...(marks.length ? { marks } : {}) }]
        : [];
    }
    if (node.tagName === 'a') {
      const href = String(node.properties.href ?? '');
      if (href && !isAllowedLinkHref(href))
        notices.lost(
          `the link to "${href}" was kept as plain text: only http, https and mailto links are allowed`,
        );
      const linked = isAllowedLinkHref(href)
        ? addMark(marks, { type: 'link', attrs: { href } })
        : marks;
      return inline(node.children, linked, notices);
    }
    const mark = INLINE_MARKS[node.tagName];
    return inline(node.children, mark ? addMark(marks, mark) : marks, notices);
  });
}

/** Trims a paragraph's collapsed whitespace at its edges; null when nothing is left. */
function paragraph(
  content: JSONContent[],
  type = 'paragraph',
  attrs?: Record<string, unknown>,
): JSONContent | null {
  const first = content[0];
  if (first?.type === 'text') first.text = (first.text ?? '').replace(/^ /, '');
  const last = content.at(-1);
  if (last?.type === 'text') last.text = (last.text ?? '').replace(/ $/, '');
  const kept = content.filter((node) => node.type !== 'text' || node.text);
  if (!kept.length) return null;
  return { type, ...(attrs ? { attrs } : {}), content: kept };
}

/** Block children: runs of inline content become paragraphs, block elements map by the table. */
export function blocks(nodes: readonly ElementContent[], notices: NoticeLog): JSONContent[] {
  const result: JSONContent[] = [];
  let run: ElementContent[] = [];
  const flush = () => {
    const made = paragraph(inline(run, [], notices));
    if (made) result.push(made);
    run = [];
  };
  for (const node of nodes) {
    if (node.type === 'element' && isBlock(node)) {
      flush();
      result.push(...(BLOCKS[node.tagName]?.(node, notices) ?? blocks(node.children, notices)));
    } else run.push(node);
  }
  flush();
  return result;
}

const list =
  (type: 'bulletList' | 'orderedList'): BlockHandler =>
  (node, notices) => {
    const items = node.children
      .filter((child): child is Element => child.type === 'element')
      .map((child) => {
        const content =
          child.tagName === 'li' ? blocks(child.children, notices) : blocks([child], notices);
        if (content[0]?.type !== 'paragraph') content.unshift({ type: 'paragraph' });
        return { type: 'listItem', content };
      });
    if (!items.length) return [];
    const start = Number(node.properties.start ?? 1);
    return [
      type === 'orderedList'
        ? { type, attrs: { start: Number.isFinite(start) ? start : 1 }, content: items }
        : { type, content: items },
    ];
  };

const heading =
  (level: number): BlockHandler =>
  (node, notices) => {
    const made = paragraph(inline(node.children, [], notices), 'heading', { level });
    return made ? [made] : [];
  };

/** HTML block elements → article nodes, one small function per element. */
const BLOCKS: Record<string, BlockHandler> = {
  p: (node, notices) => {
    const made = paragraph(inline(node.children, [], notices));
    return made ? [made] : [];
  },
  h2: heading(2),
  h3: heading(3),
  h4: heading(4),
  ul: list('bulletList'),
  ol: list('orderedList'),
  li: (node, notices) => list('bulletList')({ ...node, children: [node] }, notices),
  blockquote: (node, notices) => {
    const content = blocks(node.children, notices);
    return content.length ? [{ type: 'blockquote', content }] : [];
  },
  pre: (node) => {
    const code = textContent(node);
    return [
      {
        type: 'codeBlock',
        attrs: { language: null },
        ...(code ? { content: [{ type: 'text', text: code }] } : {}),
      },
    ];
  },
  hr: () => [{ type: 'horizontalRule' }],
  table: (node, notices) => {
    notices.lost('a table was kept as text, one paragraph per row');
    return tableRows(node).flatMap((row) => {
      const cells = row.children.filter((cell): cell is Element => cell.type === 'element');
      const content = cells.flatMap((cell, index) => [
        ...(index ? [{ type: 'text', text: ' | ' }] : []),
        ...inline(cell.children, [], notices),
      ]);
      const made = paragraph(content);
      return made ? [made] : [];
    });
  },
};

function tableRows(node: Element): Element[] {
  return node.children.flatMap((child) => {
    if (child.type !== 'element') return [];
    if (child.tagName === 'tr') return [child];
    return tableRows(child);
  });
}

function textContent(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element')
    return node.tagName === 'br' ? '\n' : node.children.map(textContent).join('');
  return '';
}

import type { JSONContent } from '@tiptap/core';
import type { ElementContent } from 'hast';
import { isAllowedLinkHref } from '../document/links';
import { citationOutput } from './citation-links';
import type { ExportModel } from './export-model';
import { blockElement, element, text } from './hast-builders';
import { markTree, type JsonMark, type MarkTree } from './inline-marks';

interface BodyState {
  model: ExportModel;
  citationIndex: number;
}

type NodeHandler = (node: JSONContent, state: BodyState) => ElementContent[];

/** Published marks → HTML elements. */
const MARKS: Record<string, (mark: JsonMark, children: ElementContent[]) => ElementContent> = {
  bold: (_mark, children) => element('strong', {}, children),
  italic: (_mark, children) => element('em', {}, children),
  strike: (_mark, children) => element('s', {}, children),
  code: (_mark, children) => element('code', {}, children),
  link: (mark, children) => {
    const href = String(mark.attrs?.href ?? '');
    return isAllowedLinkHref(href)
      ? element('a', { href }, children)
      : element('span', {}, children);
  },
};

function inline(node: JSONContent, state: BodyState): ElementContent[] {
  return markTree(node.content ?? []).flatMap((tree) => phrasing(tree, state));
}

function phrasing(tree: MarkTree, state: BodyState): ElementContent[] {
  if ('leaf' in tree) return INLINE[tree.leaf.type ?? '']?.(tree.leaf, state) ?? [];
  const children = tree.children.flatMap((child) => phrasing(child, state));
  return [MARKS[tree.mark.type]?.(tree.mark, children) ?? element('span', {}, children)];
}

const INLINE: Record<string, NodeHandler> = {
  text: (node) => [text(node.text ?? '')],
  hardBreak: () => [element('br')],
  citation: (_node, state) => {
    const output = citationOutput(state.model, state.citationIndex);
    state.citationIndex += 1;
    if (!output.links.length)
      return [
        element('sup', { id: output.id, className: ['citation', 'citation-missing'] }, ['?']),
      ];
    return [
      element(
        'sup',
        { id: output.id, className: ['citation'] },
        output.links.flatMap((link, k) => [
          k ? ',' : null,
          element('a', { href: `#${link.target}` }, [link.text]),
        ]),
      ),
    ];
  },
};

const blocks = (node: JSONContent, state: BodyState): ElementContent[] =>
  (node.content ?? []).flatMap((child) => BLOCKS[child.type ?? '']?.(child, state) ?? []);

/** Article nodes → HTML elements, one small function per node type. */
const BLOCKS: Record<string, NodeHandler> = {
  paragraph: (node, state) => [element('p', {}, inline(node, state))],
  heading: (node, state) => [
    element(`h${Number(node.attrs?.level ?? 2)}`, {}, inline(node, state)),
  ],
  blockquote: (node, state) => [blockElement('blockquote', {}, blocks(node, state))],
  bulletList: (node, state) => [blockElement('ul', {}, blocks(node, state))],
  orderedList: (node, state) => {
    const start = Number(node.attrs?.start ?? 1);
    return [blockElement('ol', start === 1 ? {} : { start }, blocks(node, state))];
  },
  listItem: (node, state) => {
    // Tight items (one paragraph, maybe a nested list) are written <li>text…</li>, as CommonMark does.
    const content = node.content ?? [];
    const paragraphs = content.filter((child) => child.type === 'paragraph').length;
    if (paragraphs > 1) return [element('li', {}, blocks(node, state))];
    return [
      element(
        'li',
        {},
        content.flatMap((child) =>
          child.type === 'paragraph'
            ? inline(child, state)
            : (BLOCKS[child.type ?? '']?.(child, state) ?? []),
        ),
      ),
    ];
  },
  codeBlock: (node) => {
    const language = typeof node.attrs?.language === 'string' ? node.attrs.language : '';
    const code = (node.content ?? []).map((child) => child.text ?? '').join('');
    return [
      element('pre', {}, [
        element('code', language ? { className: [`language-${language}`] } : {}, [code]),
      ]),
    ];
  },
  horizontalRule: () => [element('hr')],
};

/** The article body as HTML elements, citations numbered and linked to the reference list. */
export function htmlBody(model: ExportModel): ElementContent[] {
  return blocks(model.doc, { model, citationIndex: 0 });
}

import type { JSONContent } from '@tiptap/core';
import type { Nodes, Parents, PhrasingContent, RootContent } from 'mdast';
import { isAllowedLinkHref } from '../../document/links';
import type { NoticeLog } from '../import-notice';
import type { SourcePositions } from '../source-positions';
import { splitPandocCitations } from './pandoc-citations';

type Mark = NonNullable<JSONContent['marks']>[number];

/** What every handler needs: where to report, where to note positions, resolved link definitions. */
export interface MdastContext {
  notices: NoticeLog;
  positions: SourcePositions;
  definitions: Map<string, { url: string; title: string | null }>;
  /** Whether the first level-1 heading may still become the title. */
  takeTitle: ((text: string) => boolean) | null;
}

type Handler<T extends Nodes['type']> = (
  node: Extract<Nodes, { type: T }>,
  context: MdastContext,
  marks: Mark[],
) => JSONContent[];

type HandlerTable = { [T in Nodes['type']]: Handler<T> };

const lineOf = (node: Nodes): number | undefined => node.position?.start.line;
const offsetOf = (node: Nodes): number | undefined => node.position?.start.offset;

function children(node: Parents, context: MdastContext, marks: Mark[] = []): JSONContent[] {
  return node.children.flatMap((child) => convertNode(child, context, marks));
}

function textNode(text: string, marks: Mark[]): JSONContent {
  return marks.length ? { type: 'text', text, marks } : { type: 'text', text };
}

/** Inline content as a paragraph, and text written as is from the file where it could not map. */
function paragraphOf(content: JSONContent[]): JSONContent {
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
}

function literal(node: Nodes, context: MdastContext, marks: Mark[], text: string): JSONContent[] {
  return text ? [context.positions.note(textNode(text, marks), offsetOf(node))] : [];
}

function withMark<T extends 'emphasis' | 'strong' | 'delete'>(mark: Mark): Handler<T> {
  return (node, context, marks) => children(node, context, [...marks, mark]);
}

function link(
  node: Parents,
  url: string,
  context: MdastContext,
  marks: Mark[],
  line: number | undefined,
): JSONContent[] {
  if (isAllowedLinkHref(url))
    return children(node, context, [...marks, { type: 'link', attrs: { href: url } }]);
  context.notices.lost(
    `the link to "${url}" was kept as plain text: only http, https and mailto links are allowed`,
    line,
  );
  return children(node, context, marks);
}

function image(alt: string, url: string, node: Nodes, context: MdastContext, marks: Mark[]) {
  context.notices.lost(
    `the image "${url}" was left out (articles have no images); its description is kept as text`,
    lineOf(node),
  );
  return literal(node, context, marks, alt ? `[Image: ${alt}]` : '');
}

function blocks(nodes: JSONContent[]): JSONContent[] {
  // Inline content that lands at block level (an html line) is wrapped in a paragraph.
  const result: JSONContent[] = [];
  for (const node of nodes) {
    const isInline = node.type === 'text' || node.type === 'citation' || node.type === 'hardBreak';
    const previous = result.at(-1);
    if (!isInline) result.push(node);
    else if (previous?.type === 'paragraph' && previous.attrs?.inlineRun)
      previous.content?.push(node);
    else result.push({ type: 'paragraph', attrs: { inlineRun: true }, content: [node] });
  }
  for (const node of result) if (node.attrs?.inlineRun) delete node.attrs;
  return result;
}

const HANDLERS: HandlerTable = {
  root: (node, context) => blocks(children(node, context)),
  paragraph: (node, context) => [
    context.positions.note(paragraphOf(children(node, context)), offsetOf(node)),
  ],
  heading: (node, context) => {
    const content = children(node, context);
    const plain = content.map((child) => child.text ?? '').join('');
    if (node.depth === 1 && context.takeTitle?.(plain)) {
      if (content.some((child) => child.type !== 'text' || child.marks?.length))
        context.notices.normalized(
          'the title keeps its words but not their formatting',
          lineOf(node),
        );
      return [];
    }
    let level = node.depth;
    if (level === 1) {
      context.notices.normalized(
        'a level-1 heading became level 2 (the title is the only level 1)',
        lineOf(node),
      );
      level = 2;
    } else if (level > 4) {
      context.notices.lost(
        `a level-${level} heading became level 4, the smallest an article has`,
        lineOf(node),
      );
      level = 4;
    }
    const heading: JSONContent = { type: 'heading', attrs: { level } };
    if (content.length) heading.content = content;
    return [context.positions.note(heading, offsetOf(node))];
  },
  text: (node, context, marks) => {
    const start = offsetOf(node);
    return splitPandocCitations(node.value, (prefix) =>
      context.notices.lost(`the citation prefix "${prefix}" was left out`, lineOf(node)),
    ).map((piece) => {
      const at = start === undefined ? undefined : start + piece.offset;
      if (piece.kind === 'text') return context.positions.note(textNode(piece.text, marks), at);
      return context.positions.note(
        { type: 'citation', attrs: { sourceIds: piece.keys, locator: piece.locator } },
        at,
      );
    });
  },
  emphasis: withMark({ type: 'italic' }),
  strong: withMark({ type: 'bold' }),
  delete: withMark({ type: 'strike' }),
  inlineCode: (node, context, marks) => {
    // The schema's code mark excludes every other mark: inside a link or bold, the
    // link and emphasis matter more than the code font.
    if (!marks.length) return literal(node, context, [{ type: 'code' }], node.value);
    context.notices.normalized('code inside a link or emphasis lost its code font', lineOf(node));
    return literal(node, context, marks, node.value);
  },
  break: () => [{ type: 'hardBreak' }],
  link: (node, context, marks) => {
    if (node.title) context.notices.normalized('a link title was left out', lineOf(node));
    return link(node, node.url, context, marks, lineOf(node));
  },
  linkReference: (node, context, marks) => {
    const definition = context.definitions.get(node.identifier);
    if (definition?.title) context.notices.normalized('a link title was left out', lineOf(node));
    if (definition) return link(node, definition.url, context, marks, lineOf(node));
    return children(node, context, marks);
  },
  image: (node, context, marks) => image(node.alt ?? '', node.url, node, context, marks),
  imageReference: (node, context, marks) =>
    image(
      node.alt ?? '',
      context.definitions.get(node.identifier)?.url ?? node.label ?? '',
      node,
      context,
      marks,
    ),
  html: (node, context, marks) => {
    context.notices.lost('raw HTML was kept as plain text', lineOf(node));
    return literal(node, context, marks, node.value);
  },
  blockquote: (node, context) => [
    context.positions.note(
      { type: 'blockquote', content: nonEmpty(blocks(children(node, context))) },
      offsetOf(node),
    ),
  ],
  list: (node, context) => {
    if (node.spread) context.notices.normalized('a loose list became a tight one', lineOf(node));
    const items = children(node, context);
    const list: JSONContent = node.ordered
      ? { type: 'orderedList', attrs: { start: node.start ?? 1 }, content: items }
      : { type: 'bulletList', content: items };
    return [context.positions.note(list, offsetOf(node))];
  },
  listItem: (node, context) => {
    if (node.checked !== null && node.checked !== undefined)
      context.notices.lost('a task-list checkbox was kept as "[x]" or "[ ]" text', lineOf(node));
    if (node.spread)
      context.notices.normalized('a loose list item became a tight one', lineOf(node));
    const content = blocks(children(node, context));
    if (node.checked !== null && node.checked !== undefined) {
      const box = textNode(node.checked ? '[x] ' : '[ ] ', []);
      if (content[0]?.type === 'paragraph')
        content[0].content = [box, ...(content[0].content ?? [])];
      else content.unshift(paragraphOf([box]));
    }
    if (content[0]?.type !== 'paragraph') {
      context.notices.normalized(
        'a list item that starts with a block got an empty first line',
        lineOf(node),
      );
      content.unshift(paragraphOf([]));
    }
    return [context.positions.note({ type: 'listItem', content }, offsetOf(node))];
  },
  code: (node, context) => {
    if (node.meta)
      context.notices.normalized("words after a code block's language were left out", lineOf(node));
    const block: JSONContent = { type: 'codeBlock', attrs: { language: node.lang ?? null } };
    if (node.value) block.content = [textNode(node.value, [])];
    return [context.positions.note(block, offsetOf(node))];
  },
  thematicBreak: (node, context) => [
    context.positions.note({ type: 'horizontalRule' }, offsetOf(node)),
  ],
  table: (node, context) => {
    context.notices.lost('a table was kept as text, one paragraph per row', lineOf(node));
    return node.children.map((row) =>
      context.positions.note(
        paragraphOf(
          row.children.flatMap((cell, index) => [
            ...(index ? [textNode(' | ', [])] : []),
            ...children(cell, context),
          ]),
        ),
        offsetOf(row),
      ),
    );
  },
  tableRow: (node, context) => children(node, context),
  tableCell: (node, context) => children(node, context),
  footnoteReference: (node, context, marks) => {
    context.notices.lost('a footnote marker was kept as text; cite a source instead', lineOf(node));
    return literal(node, context, marks, `[^${node.label ?? node.identifier}]`);
  },
  footnoteDefinition: (node, context) => {
    context.notices.lost('a footnote was kept as a paragraph at its place', lineOf(node));
    const content = blocks(children(node, context));
    const label = textNode(`[^${node.label ?? node.identifier}]: `, []);
    if (content[0]?.type === 'paragraph')
      content[0].content = [label, ...(content[0].content ?? [])];
    return content;
  },
  definition: () => [],
  yaml: () => [],
};

function nonEmpty(content: JSONContent[]): JSONContent[] {
  return content.length ? content : [paragraphOf([])];
}

/** Converts one mdast node to article JSON, by the handler table. */
export function convertNode(
  node: Nodes | RootContent | PhrasingContent,
  context: MdastContext,
  marks: Mark[] = [],
): JSONContent[] {
  const handler = (HANDLERS as Record<string, Handler<Nodes['type']> | undefined>)[node.type];
  if (handler) return handler(node as never, context, marks);
  context.notices.lost(`a "${node.type}" element was left out`, lineOf(node as Nodes));
  return [];
}

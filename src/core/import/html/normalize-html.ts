import type { Element, ElementContent, Root, RootContent } from 'hast';

type Parent = Root | Element;

const styleOf = (node: Element): string => String(node.properties.style ?? '').toLowerCase();
const classOf = (node: Element): string =>
  (Array.isArray(node.properties.className)
    ? node.properties.className.join(' ')
    : ''
  ).toLowerCase();

const wrap = (tagName: string, node: Element): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children: [{ ...node, properties: { ...node.properties, style: undefined } }],
});

/**
 * Rewrites what word processors and web pages express with styles into plain
 * elements, before sanitizing throws styles away: bold and italic spans become
 * strong and em, Google Docs' non-bold <b> wrapper is unwrapped, Word's list
 * paragraphs become list items, and headings outside H2–H4 are brought into range.
 */
export function normalizeHtml(tree: Root): Root {
  visit(tree);
  return tree;
}

function visit(parent: Parent): void {
  parent.children = parent.children.flatMap((child) => rewrite(child)) as typeof parent.children;
  groupWordLists(parent);
  for (const child of parent.children) if (child.type === 'element') visit(child);
}

function rewrite(node: RootContent): RootContent[] {
  if (node.type === 'comment') return [];
  if (node.type !== 'element') return [node];
  const style = styleOf(node);
  // Word's list bullet ("·", "1.") sits in a span the list itself replaces.
  if (/mso-list:\s*ignore/.test(style)) return [];
  // Google Docs wraps a whole paste in <b style="font-weight:normal">.
  if (node.tagName === 'b' && /font-weight:\s*(normal|400)/.test(style))
    return node.children.flatMap(rewrite);
  const heading = /^h([1-6])$/.exec(node.tagName);
  if (heading) node.tagName = `h${Math.min(4, Math.max(2, Number(heading[1])))}`;
  let result: Element = node;
  if (node.tagName === 'span' || node.tagName === 'font') {
    if (/font-weight:\s*(bold|[6-9]00)/.test(style)) result = wrap('strong', result);
    if (/font-style:\s*italic/.test(style)) result = wrap('em', result);
  }
  return [result];
}

const isWordListParagraph = (node: ElementContent | RootContent): node is Element =>
  node.type === 'element' &&
  node.tagName === 'p' &&
  (/mso-list:/.test(styleOf(node)) || classOf(node).includes('msolistparagraph'));

/** Runs of Word list paragraphs → one <ul> or <ol> (Word keeps the number in the paragraph's text). */
function groupWordLists(parent: Parent): void {
  const result: RootContent[] = [];
  let list: Element | null = null;
  for (const child of parent.children) {
    if (isWordListParagraph(child)) {
      const ordered = /^\s*(\d+|[a-z]|[ivx]+)[.)]/i.test(textOf(child));
      if (!list) {
        list = { type: 'element', tagName: ordered ? 'ol' : 'ul', properties: {}, children: [] };
        result.push(list);
      }
      list.children.push({
        type: 'element',
        tagName: 'li',
        properties: {},
        children: child.children,
      });
    } else if (child.type === 'text' && !child.value.trim() && list) {
      continue;
    } else {
      list = null;
      result.push(child);
    }
  }
  parent.children = result as typeof parent.children;
}

function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

import type { JSONContent } from '@tiptap/core';

/**
 * Plain text of a document: one line per block, blank line between blocks.
 * Citations and deleted suggestions contribute nothing; they are not words of the article.
 */
export function docToPlainText(doc: JSONContent): string {
  const blocks: string[] = [];
  collectBlocks(doc, blocks);
  return blocks.join('\n\n');
}

function collectBlocks(node: JSONContent, out: string[]): void {
  const children = node.content ?? [];
  if (children.some(isInline)) {
    out.push(inlineText(children));
    return;
  }
  for (const child of children) collectBlocks(child, out);
}

function isInline(node: JSONContent): boolean {
  return node.type === 'text' || node.type === 'hardBreak' || node.type === 'citation';
}

function inlineText(nodes: JSONContent[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text' && !node.marks?.some((mark) => mark.type === 'deletion')) {
      text += node.text ?? '';
    } else if (node.type === 'hardBreak') {
      text += '\n';
    }
  }
  return text;
}

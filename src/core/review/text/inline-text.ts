import type { Node } from '@tiptap/pm/model';

/** Text shown for an inline leaf in quotes and lists: a line break, or a marker for a citation. */
function leafText(node: Node): string {
  if (node.type.name === 'hardBreak') return '\n';
  if (node.type.name === 'citation') return '[citation]';
  return '';
}

/** The readable text between two positions: paragraphs separated by a newline. */
export function inlineText(doc: Node, from: number, to: number): string {
  return doc.textBetween(from, to, '\n', leafText);
}

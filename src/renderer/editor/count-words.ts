import type { Node as PMNode } from '@tiptap/pm/model';
import { countWords } from '../../core/document/word-count';

/** Words in an editor document, leaving out text proposed for deletion. */
export function countEditorWords(doc: PMNode): number {
  let words = 0;
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    let text = '';
    node.forEach((child) => {
      if (child.isText && !child.marks.some((mark) => mark.type.name === 'deletion')) {
        text += child.text ?? '';
      } else text += ' ';
    });
    words += countWords(text);
    return false;
  });
  return words;
}

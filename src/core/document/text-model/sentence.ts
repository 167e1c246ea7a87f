import type { BlockCitation, TextBlock } from './blocks';
import { sentenceContext, type SentenceContext } from './context';
import { splitSentences } from './sentences';
import { wordsOf, type Word } from './words';

/** A sentence with everything rules read: words, citations, context. Offsets are block offsets. */
export interface Sentence {
  block: TextBlock;
  /** Index within its block. */
  index: number;
  from: number;
  to: number;
  /** The sentence's text (deleted suggestions blanked out). */
  text: string;
  words: Word[];
  citations: BlockCitation[];
  context: SentenceContext;
}

/** The block's text as rules read it: text proposed for deletion is blanked (offsets unchanged). */
export function analysisText(block: TextBlock): string {
  if (!block.deleted.length) return block.text;
  const chars = [...block.text];
  let offset = 0;
  const out: string[] = [];
  for (const char of chars) {
    const deleted = block.deleted.some((range) => offset >= range.from && offset < range.to);
    out.push(deleted ? ' '.repeat(char.length) : char);
    offset += char.length;
  }
  return out.join('');
}

/** The sentences of a block, each with its words, citations and context. */
export function sentencesOf(block: TextBlock): Sentence[] {
  const text = analysisText(block);
  return splitSentences(text).map((span, index) => {
    const words = wordsOf(text, span.from, span.to);
    return {
      block,
      index,
      from: span.from,
      to: span.to,
      text: text.slice(span.from, span.to),
      words,
      citations: block.citations.filter(
        (citation) => citation.offset >= span.from && citation.offset < span.to,
      ),
      context: sentenceContext(text, span.from, span.to, words),
    };
  });
}

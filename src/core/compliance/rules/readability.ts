import { z } from 'zod';
import { countProse, fleschKincaidGrade, type ProseCounts } from '../kinds/metric';
import type { BlockHit } from '../rule';
import type { CodeRuleFactory } from './registry';

const Params = z.object({
  /** Highest Flesch–Kincaid grade the document may read at. */
  grade: z.number().positive().default(9),
  /** Longest sentence, in words. */
  sentenceWords: z.number().int().positive().default(35),
});

/**
 * readability: the document's Flesch–Kincaid grade above the pack's target (a warning
 * on the document) and sentences longer than the limit (a note on each).
 */
export const readability: CodeRuleFactory<ProseCounts> = (base, params) => {
  const { grade, sentenceWords } = Params.parse(params);
  return {
    ...base,
    block: (block, sentences) => {
      if (block.kind !== 'paragraph') return {};
      const hits: BlockHit[] = sentences
        .filter((sentence) => sentence.words.length > sentenceWords)
        .map((sentence) => ({
          from: sentence.from,
          to: sentence.to,
          severity: 'info',
          message: `This sentence has ${sentence.words.length} words. Sentences over ${sentenceWords} words are hard to follow: split it.`,
        }));
      return { hits, facts: countProse(sentences) };
    },
    document: (view) => {
      const total: ProseCounts = { words: 0, sentences: 0, syllables: 0 };
      for (const block of view.blocks) {
        const counts = view.facts(block);
        if (!counts) continue;
        total.words += counts.words;
        total.sentences += counts.sentences;
        total.syllables += counts.syllables;
      }
      const level = fleschKincaidGrade(total);
      const first = view.blocks[0];
      if (!first || total.words < 100 || level <= grade) return [];
      return [
        {
          block: first,
          from: 0,
          to: 0,
          message: `The article reads at grade ${level.toFixed(1)} (Flesch–Kincaid); the target is ${grade}. Use shorter sentences and everyday words where you can.`,
        },
      ];
    },
  };
};
readability.params = Params;

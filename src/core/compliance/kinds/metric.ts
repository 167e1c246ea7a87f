import { syllables } from '../../document/text-model';
import type { RuleSpec } from '../pack/spec';
import type { BlockHit, CompiledRule, Hit } from '../rule';

type MetricSpec = Extract<RuleSpec, { extends: 'metric' }>;

/** Counts for a readability score: words, sentences and syllables of a block's prose. */
export interface ProseCounts {
  words: number;
  sentences: number;
  syllables: number;
}

/** Flesch–Kincaid grade level of counted prose. */
export function fleschKincaidGrade(counts: ProseCounts): number {
  if (!counts.words || !counts.sentences) return 0;
  return (
    0.39 * (counts.words / counts.sentences) + 11.8 * (counts.syllables / counts.words) - 15.59
  );
}

/** Counts the prose of a block (headings and code are not prose). */
export function countProse(
  sentences: readonly { words: readonly { text: string }[] }[],
): ProseCounts {
  let words = 0;
  let syllableCount = 0;
  for (const sentence of sentences) {
    words += sentence.words.length;
    for (const word of sentence.words) syllableCount += syllables(word.text);
  }
  return { words, sentences: sentences.length, syllables: syllableCount };
}

/** Readability thresholds: grade level of the whole document, words per sentence or paragraph. */
export function compileMetric(id: string, spec: MetricSpec): CompiledRule<ProseCounts> {
  const base = { id, severity: spec.level ?? 'warning', message: spec.message };
  if (spec.metric === 'grade') {
    return {
      ...base,
      block: (block, sentences) => ({
        facts: block.kind === 'paragraph' ? countProse(sentences) : undefined,
      }),
      document: (view) => {
        const total: ProseCounts = { words: 0, sentences: 0, syllables: 0 };
        for (const block of view.blocks) {
          const counts = view.facts(block);
          if (!counts) continue;
          total.words += counts.words;
          total.sentences += counts.sentences;
          total.syllables += counts.syllables;
        }
        const grade = fleschKincaidGrade(total);
        const first = view.blocks[0];
        if (!first || total.words < 100 || grade <= spec.max) return [];
        const hit: Hit = {
          block: first,
          from: 0,
          to: 0,
          message: spec.message.replace('%s', grade.toFixed(1)).replace('%max', String(spec.max)),
        };
        return [hit];
      },
    };
  }
  return {
    ...base,
    block: (block, sentences) => {
      if (block.kind !== 'paragraph') return {};
      const hits: BlockHit[] = [];
      if (spec.metric === 'sentence-words') {
        for (const sentence of sentences) {
          if (sentence.words.length > spec.max) {
            hits.push({
              from: sentence.from,
              to: sentence.to,
              message: spec.message.replace('%s', String(sentence.words.length)),
            });
          }
        }
      } else {
        const words = sentences.reduce((sum, sentence) => sum + sentence.words.length, 0);
        const last = sentences.at(-1);
        if (words > spec.max && last) {
          hits.push({
            from: sentences[0]?.from ?? 0,
            to: last.to,
            message: spec.message.replace('%s', String(words)),
          });
        }
      }
      return { hits };
    },
  };
}

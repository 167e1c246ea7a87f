import { ignoredAt, type IgnoreContext } from '../contexts';
import { compilePhrases } from '../phrases';
import type { RuleSpec } from '../pack/spec';
import type { BlockHit, CompiledRule } from '../rule';

type ConditionalSpec = Extract<RuleSpec, { extends: 'conditional' }>;

interface ConditionalFacts {
  first: BlockHit[];
  hasSecond: boolean;
  words: number;
}

/**
 * If something in `first` appears (outside ignored contexts), something in `second`
 * must appear somewhere in the document too; the first occurrence is flagged when not.
 */
export function compileConditional(
  id: string,
  spec: ConditionalSpec,
): CompiledRule<ConditionalFacts> {
  const first = compilePhrases(spec.first, { regex: spec.regex ?? false });
  const second = compilePhrases(spec.second, { regex: spec.regex ?? false });
  const ignore: readonly IgnoreContext[] = spec.ignore ?? ['quoted', 'question'];
  return {
    id,
    severity: spec.level ?? 'warning',
    message: spec.message,
    block: (block, sentences) => {
      const hits: BlockHit[] = [];
      for (const sentence of sentences) {
        for (const match of first.find(sentence.text)) {
          const from = sentence.from + match.from;
          const to = sentence.from + match.to;
          if (!ignoredAt(sentence, from, to, ignore)) hits.push({ from, to });
        }
      }
      const words = sentences.reduce((sum, sentence) => sum + sentence.words.length, 0);
      return { facts: { first: hits, hasSecond: second.test(block.text), words } };
    },
    document: (view) => {
      if (spec.minWords) {
        const words = view.blocks.reduce((sum, block) => sum + (view.facts(block)?.words ?? 0), 0);
        if (words < spec.minWords) return [];
      }
      let firstHit: { block: (typeof view.blocks)[number]; hit: BlockHit } | null = null;
      for (const block of view.blocks) {
        const facts = view.facts(block);
        if (facts?.hasSecond) return [];
        const hit = facts?.first[0];
        if (!firstHit && hit) firstHit = { block, hit };
      }
      return firstHit ? [{ ...firstHit.hit, block: firstHit.block }] : [];
    },
  };
}

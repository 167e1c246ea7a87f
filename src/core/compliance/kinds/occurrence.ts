import { compilePhrases } from '../phrases';
import type { RuleSpec } from '../pack/spec';
import type { BlockHit, CompiledRule, Hit } from '../rule';

type OccurrenceSpec = Extract<RuleSpec, { extends: 'occurrence' }>;

/** Flags a word or phrase used more than `max` times in a sentence, a paragraph or the document. */
export function compileOccurrence(id: string, spec: OccurrenceSpec): CompiledRule<BlockHit[]> {
  const tokens = compilePhrases(spec.tokens, { regex: spec.regex ?? false });
  const scope = spec.scope ?? 'document';
  const base = { id, severity: spec.level ?? 'warning', message: spec.message };

  if (scope === 'document') {
    return {
      ...base,
      block: (_block, sentences) => ({
        facts: sentences.flatMap((sentence) =>
          tokens
            .find(sentence.text)
            .map((match) => ({ from: sentence.from + match.from, to: sentence.from + match.to })),
        ),
      }),
      document: (view) => {
        const all: Hit[] = view.blocks.flatMap((block) =>
          (view.facts(block) ?? []).map((hit) => ({ ...hit, block })),
        );
        return all.slice(spec.max);
      },
    };
  }
  return {
    ...base,
    block: (_block, sentences) => {
      const hits: BlockHit[] = [];
      if (scope === 'sentence') {
        for (const sentence of sentences) {
          const found = tokens.find(sentence.text);
          hits.push(
            ...found
              .slice(spec.max)
              .map((m) => ({ from: sentence.from + m.from, to: sentence.from + m.to })),
          );
        }
      } else {
        const found = sentences.flatMap((sentence) =>
          tokens
            .find(sentence.text)
            .map((m) => ({ from: sentence.from + m.from, to: sentence.from + m.to })),
        );
        hits.push(...found.slice(spec.max));
      }
      return { hits };
    },
  };
}

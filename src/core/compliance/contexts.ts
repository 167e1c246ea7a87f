import { z } from 'zod';
import type { Sentence } from '../document/text-model';

/** Places where a match does not count as a claim. */
export const IGNORE_CONTEXTS = ['question', 'negated', 'quoted', 'hedged', 'heading'] as const;
export const IgnoreContext = z.enum(IGNORE_CONTEXTS);
export type IgnoreContext = z.infer<typeof IgnoreContext>;

/** Whether a match in a sentence falls in one of the contexts the rule ignores. */
export function ignoredAt(
  sentence: Sentence,
  from: number,
  to: number,
  ignore: readonly IgnoreContext[],
): boolean {
  const { context } = sentence;
  return ignore.some((kind) => {
    if (kind === 'question') return context.isQuestion;
    if (kind === 'negated') return context.isNegated(from, to);
    if (kind === 'quoted') return context.isQuoted(from, to);
    if (kind === 'hedged') return context.hedged;
    return sentence.block.kind === 'heading';
  });
}

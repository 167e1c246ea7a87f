import { ignoredAt, type IgnoreContext } from '../contexts';
import { compilePhrases } from '../phrases';
import type { RuleSpec } from '../pack/spec';
import type { BlockHit, CompiledRule } from '../rule';

type ExistenceSpec = Extract<RuleSpec, { extends: 'existence' }>;

/** Flags each occurrence of a word or phrase, except inside exceptions and ignored contexts. */
export function compileExistence(id: string, spec: ExistenceSpec): CompiledRule {
  const tokens = compilePhrases(spec.tokens, { regex: spec.regex ?? false });
  const exceptions = compilePhrases(spec.exceptions ?? []);
  const near = spec.near?.length ? compilePhrases(spec.near) : null;
  const ignore: readonly IgnoreContext[] = spec.ignore ?? ['quoted'];
  return {
    id,
    severity: spec.level ?? 'warning',
    message: spec.message,
    block: (_block, sentences) => {
      const hits: BlockHit[] = [];
      for (const sentence of sentences) {
        if (near && !near.test(sentence.text)) continue;
        const excepted = exceptions.find(sentence.text);
        for (const match of tokens.find(sentence.text)) {
          if (excepted.some((range) => range.from <= match.from && match.to <= range.to)) continue;
          const from = sentence.from + match.from;
          const to = sentence.from + match.to;
          if (ignoredAt(sentence, from, to, ignore)) continue;
          hits.push({ from, to });
        }
      }
      return { hits };
    },
  };
}

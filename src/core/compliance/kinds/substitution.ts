import { ignoredAt, type IgnoreContext } from '../contexts';
import { compilePhrases } from '../phrases';
import type { RuleSpec } from '../pack/spec';
import type { BlockHit, CompiledRule } from '../rule';

type SubstitutionSpec = Extract<RuleSpec, { extends: 'substitution' }>;

/** Keeps the first letter's case of what it replaces: "Suffers from" → "Has". */
function matchCase(original: string, replacement: string): string {
  const first = original[0] ?? '';
  return first === first.toUpperCase() && first !== first.toLowerCase()
    ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
    : replacement;
}

/** Flags a word or phrase and suggests the replacement the pack gives (an "Apply" in the editor). */
export function compileSubstitution(id: string, spec: SubstitutionSpec): CompiledRule {
  const swaps = Object.entries(spec.swap).map(([pattern, replacement]) => ({
    matcher: compilePhrases([pattern], { regex: spec.regex ?? false }),
    replacement,
  }));
  const exceptions = compilePhrases(spec.exceptions ?? []);
  const ignore: readonly IgnoreContext[] = spec.ignore ?? ['quoted'];
  return {
    id,
    severity: spec.level ?? 'warning',
    message: spec.message,
    block: (_block, sentences) => {
      const hits: BlockHit[] = [];
      for (const sentence of sentences) {
        // Matches inside an exception ("diabetic diet") are left alone.
        const taken: { from: number; to: number }[] = exceptions
          .find(sentence.text)
          .map((range) => ({ from: sentence.from + range.from, to: sentence.from + range.to }));
        for (const { matcher, replacement } of swaps) {
          for (const match of matcher.find(sentence.text)) {
            const from = sentence.from + match.from;
            const to = sentence.from + match.to;
            if (taken.some((range) => range.from < to && from < range.to)) continue;
            if (ignoredAt(sentence, from, to, ignore)) continue;
            taken.push({ from, to });
            hits.push({ from, to, suggestion: matchCase(match.text, replacement) });
          }
        }
      }
      return { hits: hits.sort((a, b) => a.from - b.from) };
    },
  };
}

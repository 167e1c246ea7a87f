import { issuedYear } from '../../citations/citation-key';
import type { Source } from '../../citations/source';
import type { CodeRuleFactory } from './registry';
import { z } from 'zod';

const titleOf = (source: Source): string => source.csl.title ?? source.key;

/** citation-missing-source: a citation pointing at a source that is not in the draft. */
export const citationMissingSource: CodeRuleFactory = (base) => ({
  ...base,
  block: (block, _sentences, context) => ({
    hits: block.citations
      .filter((citation) => citation.sourceIds.some((id) => !context.sourcesById.has(id)))
      .map((citation) => ({ from: citation.offset, to: citation.offset + 1 })),
  }),
});

/** source-uncited: a source in the draft that nothing cites. */
export const sourceUncited: CodeRuleFactory<Set<string>> = (base) => ({
  ...base,
  block: (block) => ({ facts: new Set(block.citations.flatMap((citation) => citation.sourceIds)) }),
  document: (view, context) => {
    const cited = new Set<string>();
    for (const block of view.blocks) view.facts(block)?.forEach((id) => cited.add(id));
    const first = view.blocks[0];
    if (!first) return [];
    return context.sources
      .filter((source) => !cited.has(source.id))
      .map((source) => ({
        block: first,
        from: 0,
        to: 0,
        message: `“${titleOf(source)}” is in the sources list but never cited. Cite it where it supports a claim, or remove it from the list.`,
      }));
  },
});

/** source-retracted: a citation of a source marked retracted. */
export const sourceRetracted: CodeRuleFactory = (base) => ({
  ...base,
  block: (block, _sentences, context) => ({
    hits: block.citations.flatMap((citation) =>
      citation.sourceIds
        .map((id) => context.sourcesById.get(id))
        .filter((source): source is Source => source?.evidence.retracted === true)
        .map((source) => ({
          from: citation.offset,
          to: citation.offset + 1,
          message: `This cites “${titleOf(source)}”, which has been retracted. Remove the claim or cite sound evidence instead.`,
        })),
    ),
  }),
});

const OutdatedParams = z.object({ maxAgeYears: z.number().int().positive().default(10) });

/** source-outdated: a citation of a source older than the pack's limit (default 10 years). */
export const sourceOutdated: CodeRuleFactory = (base, params) => {
  const { maxAgeYears } = OutdatedParams.parse(params);
  return {
    ...base,
    // Reads `today` from the context, so the engine keys block caches by it too.
    block: (block, _sentences, context) => {
      const thisYear = Number(context.today.slice(0, 4));
      return {
        hits: block.citations.flatMap((citation) =>
          citation.sourceIds
            .map((id) => context.sourcesById.get(id))
            .filter((source): source is Source => {
              const year = source ? issuedYear(source.csl.issued) : null;
              return year !== null && thisYear - year > maxAgeYears;
            })
            .map((source) => ({
              from: citation.offset,
              to: citation.offset + 1,
              message: `“${titleOf(source)}” is from ${issuedYear(source.csl.issued)}, more than ${maxAgeYears} years ago. Check for newer evidence, or say why this source is still the best one.`,
            })),
        ),
      };
    },
  };
};
sourceOutdated.params = OutdatedParams;

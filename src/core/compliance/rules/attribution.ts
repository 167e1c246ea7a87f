import { z } from 'zod';
import type { Hit } from '../rule';
import type { CodeRuleFactory } from './registry';

const DisclaimerParams = z.object({
  /** A disclaimer must contain one of these phrases (case-insensitive). */
  phrases: z.array(z.string().min(1)).min(1).default(['medical advice', 'general information']),
});

/** disclaimer-missing: the organisation's required disclaimer is absent (from the details and the body). */
export const disclaimerMissing: CodeRuleFactory<boolean> = (base, params) => {
  const { phrases } = DisclaimerParams.parse(params);
  const lower = phrases.map((phrase) => phrase.toLowerCase());
  const has = (text: string) => lower.some((phrase) => text.toLowerCase().includes(phrase));
  return {
    ...base,
    block: (block) => ({ facts: has(block.text) }),
    document: (view, context) => {
      if (has(context.metadata.disclaimer)) return [];
      if (view.blocks.some((block) => view.facts(block))) return [];
      const first = view.blocks[0];
      return first ? [{ block: first, from: 0, to: 0 }] : [];
    },
  };
};
disclaimerMissing.params = DisclaimerParams;

const AttributionParams = z.object({ maxReviewAgeYears: z.number().positive().default(3) });

/** attribution-missing: no author, no medical reviewer, no last-reviewed date, or a review older than the limit. */
export const attributionMissing: CodeRuleFactory = (base, params) => {
  const { maxReviewAgeYears } = AttributionParams.parse(params);
  return {
    ...base,
    document: (view, context) => {
      const first = view.blocks[0];
      if (!first) return [];
      const { metadata, today } = context;
      const missing = [
        metadata.authors.length ? null : 'author',
        metadata.medicalReviewer.trim() ? null : 'medical reviewer',
        metadata.lastReviewed ? null : 'last-reviewed date',
      ].filter((item): item is string => item !== null);
      const hits: Hit[] = [];
      if (missing.length) {
        const list =
          missing.length > 1
            ? `${missing.slice(0, -1).join(', ')} or ${missing.at(-1)}`
            : missing[0];
        hits.push({
          block: first,
          from: 0,
          to: 0,
          message: `The article has no ${list}. Readers expect to see who wrote it, who checked it medically and when: add them in the article details.`,
        });
      }
      if (metadata.lastReviewed) {
        const ageYears =
          (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${metadata.lastReviewed}T00:00:00Z`)) /
          (365.25 * 86_400_000);
        if (ageYears > maxReviewAgeYears) {
          hits.push({
            block: first,
            from: 0,
            to: 0,
            message: `The last medical review (${metadata.lastReviewed}) is more than ${maxReviewAgeYears} years old. Have the article reviewed again and update the date.`,
          });
        }
      }
      return hits;
    },
  };
};
attributionMissing.params = AttributionParams;

import { z } from 'zod';
import { IgnoreContext } from '../contexts';
import { Severity } from '../finding';

const Tokens = z
  .array(z.string().min(1, 'a token cannot be empty'))
  .min(1, 'give at least one token');
const Common = {
  level: Severity.optional(),
  message: z.string().min(1, 'say what is wrong and how to fix it'),
  description: z.string().optional(),
};

/** Rule kinds, in the spirit of Vale: each picks one kind of check. */
export const RuleSpec = z.discriminatedUnion('extends', [
  z.strictObject({
    extends: z.literal('existence'),
    ...Common,
    tokens: Tokens,
    regex: z.boolean().optional(),
    exceptions: z.array(z.string()).optional(),
    ignore: z.array(IgnoreContext).optional(),
    near: z.array(z.string()).optional(),
  }),
  z.strictObject({
    extends: z.literal('substitution'),
    ...Common,
    swap: z
      .record(z.string().min(1), z.string())
      .refine((swap) => Object.keys(swap).length > 0, 'give at least one swap'),
    regex: z.boolean().optional(),
    exceptions: z.array(z.string()).optional(),
    ignore: z.array(IgnoreContext).optional(),
  }),
  z.strictObject({
    extends: z.literal('occurrence'),
    ...Common,
    tokens: Tokens,
    regex: z.boolean().optional(),
    max: z.number().int().min(0),
    scope: z.enum(['sentence', 'paragraph', 'document']).optional(),
  }),
  z.strictObject({
    extends: z.literal('conditional'),
    ...Common,
    first: Tokens,
    second: Tokens,
    regex: z.boolean().optional(),
    ignore: z.array(IgnoreContext).optional(),
    /** Only check documents with at least this many words (a two-line note is not an article). */
    minWords: z.number().int().min(0).optional(),
  }),
  z.strictObject({
    extends: z.literal('metric'),
    ...Common,
    metric: z.enum(['grade', 'sentence-words', 'paragraph-words']),
    max: z.number().positive(),
  }),
  z.strictObject({
    extends: z.literal('code'),
    ...Common,
    code: z.string().min(1),
    params: z.record(z.string(), z.unknown()).optional(),
  }),
]);
export type RuleSpec = z.infer<typeof RuleSpec>;

/** Changes to a rule the pack extends: anything optional, plus additions to lists. */
export const RuleOverride = z.strictObject({
  level: Severity.optional(),
  message: z.string().min(1).optional(),
  description: z.string().optional(),
  tokens: Tokens.optional(),
  addTokens: Tokens.optional(),
  exceptions: z.array(z.string()).optional(),
  addExceptions: z.array(z.string()).optional(),
  ignore: z.array(IgnoreContext).optional(),
  swap: z.record(z.string().min(1), z.string()).optional(),
  addSwap: z.record(z.string().min(1), z.string()).optional(),
  first: Tokens.optional(),
  second: Tokens.optional(),
  addSecond: Tokens.optional(),
  max: z.number().min(0).optional(),
  params: z.record(z.string(), z.unknown()).optional(),
});
export type RuleOverride = z.infer<typeof RuleOverride>;

/** A rule pack file. */
export const PackSpec = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens'),
  description: z.string().optional(),
  extends: z.string().optional(),
  disable: z.array(z.string()).optional(),
  levels: z.record(z.string(), Severity).optional(),
  rules: z
    .record(
      z
        .string()
        .regex(
          /^[a-z0-9][a-z0-9.-]*$/,
          'rule ids use lower-case letters, digits, dots and hyphens',
        ),
      z.unknown(),
    )
    .optional(),
});
export type PackSpec = z.infer<typeof PackSpec>;

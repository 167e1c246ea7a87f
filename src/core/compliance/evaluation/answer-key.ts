import { z } from 'zod';
import { Severity } from '../finding';

/** What a reviewer would raise: a rule at a severity, on an exact excerpt (null: the whole document). */
export const ExpectedItem = z.object({
  rule: z.string().min(1),
  match: z.string().min(1).nullable(),
  severity: Severity,
  note: z.string().optional(),
});
export type ExpectedItem = z.infer<typeof ExpectedItem>;

/** What a reviewer would accept without asking for it, up to a severity. */
export const AllowedItem = z.object({
  rule: z.string().min(1),
  match: z.string().min(1).nullable(),
  maxSeverity: Severity.optional(),
  note: z.string().optional(),
});
export type AllowedItem = z.infer<typeof AllowedItem>;

/** One document's answer key. */
export const KeyEntry = z.object({
  id: z.string().min(1),
  file: z.string().min(1),
  kind: z.enum(['good', 'problem']),
  publisher: z.string().optional(),
  expected: z.array(ExpectedItem),
  allowed: z.array(AllowedItem).default([]),
  ignore: z.array(z.string()).optional(),
});
export type KeyEntry = z.infer<typeof KeyEntry>;

/** A corpus's answer key: one entry per document. */
export const AnswerKey = z.array(KeyEntry);
export type AnswerKey = z.infer<typeof AnswerKey>;

/** Reads an answer key from JSON text; a bad key throws with the entry and field it is about. */
export function parseAnswerKey(jsonText: string, name: string): KeyEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(jsonText);
  } catch (error) {
    throw new Error(
      `${name}: not JSON (${error instanceof Error ? error.message : String(error)})`,
      { cause: error },
    );
  }
  const result = AnswerKey.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(`${name}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
}

import type { z } from 'zod';
import type { Severity } from '../finding';
import type { CompiledRule } from '../rule';

/** What the pack says about a code rule: its id, level and message. */
export interface RuleBase {
  id: string;
  severity: Severity;
  message: string;
}

/**
 * A built-in rule written in code: given its base and the pack's parameters, the
 * compiled rule. `params`, when set, validates those parameters (with defaults).
 */
export type CodeRuleFactory<F = unknown> = ((
  base: RuleBase,
  params: Record<string, unknown>,
) => CompiledRule<F>) & {
  params?: z.ZodType;
};

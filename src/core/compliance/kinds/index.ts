import type { RuleSpec } from '../pack/spec';
import type { CompiledRule } from '../rule';
import { CODE_RULES } from '../rules';
import { compileConditional } from './conditional';
import { compileExistence } from './existence';
import { compileMetric } from './metric';
import { compileOccurrence } from './occurrence';
import { compileSubstitution } from './substitution';

type Kind = RuleSpec['extends'];
type Compiler<K extends Kind> = (
  id: string,
  spec: Extract<RuleSpec, { extends: K }>,
) => CompiledRule<unknown>;

/** Rule kind → compiler: the one place a pack's `extends:` is looked up. */
export const RULE_KINDS: { [K in Kind]: Compiler<K> } = {
  existence: (id, spec) => compileExistence(id, spec),
  substitution: (id, spec) => compileSubstitution(id, spec),
  occurrence: (id, spec) => compileOccurrence(id, spec) as CompiledRule<unknown>,
  conditional: (id, spec) => compileConditional(id, spec) as CompiledRule<unknown>,
  metric: (id, spec) => compileMetric(id, spec) as CompiledRule<unknown>,
  code: (id, spec) => {
    const factory = CODE_RULES[spec.code];
    if (!factory) throw new Error(`unknown code rule "${spec.code}"`);
    const params = factory.params
      ? (factory.params.parse(spec.params ?? {}) as Record<string, unknown>)
      : (spec.params ?? {});
    return factory({ id, severity: spec.level ?? 'warning', message: spec.message }, params);
  },
};

/** Compiles one validated rule spec. */
export function compileRule(id: string, spec: RuleSpec): CompiledRule<unknown> {
  const compile = RULE_KINDS[spec.extends] as (id: string, spec: RuleSpec) => CompiledRule<unknown>;
  return compile(id, spec);
}

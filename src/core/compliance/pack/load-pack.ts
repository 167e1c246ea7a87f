import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { compileRule } from '../kinds';
import type { CompiledRule } from '../rule';
import { CODE_RULES } from '../rules';
import { checkRegex } from '../phrases';
import { PackSpec, RuleOverride, RuleSpec } from './spec';
import { yamlToJs } from '../../yaml/yaml-to-js';

/** A problem in a pack file, with where it is. */
export interface PackError {
  file: string;
  line: number;
  /** Dotted path of the field ("rules.hype.level"), or "" for the file. */
  path: string;
  message: string;
}

/** A rule pack ready to check with. */
export interface RulePack {
  name: string;
  description: string;
  /** The resolved spec of every rule (base rules included), for packs that extend this one. */
  specs: Readonly<Record<string, RuleSpec>>;
  rules: CompiledRule<unknown>[];
}

/** The outcome of loading a pack: the pack, or every problem found. */
export type LoadPackResult = { ok: true; pack: RulePack } | { ok: false; errors: PackError[] };

/** "rules.yaml:14: rules.hype.level: expected one of error, warning, info" */
export function formatPackError(error: PackError): string {
  return `${error.file}:${error.line}: ${error.path ? `${error.path}: ` : ''}${error.message}`;
}

/**
 * Loads a YAML rule pack: parses it, validates every field (messages name the file,
 * line and field), resolves `extends`, applies overrides, disables and level
 * changes, and compiles the rules. `resolveBase` finds a pack by name (the built-in
 * `medical-public`). Nothing is half-loaded: any error means no pack.
 */
export function loadPack(
  text: string,
  fileName: string,
  resolveBase: (name: string) => RulePack | undefined = () => undefined,
): LoadPackResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const errors: PackError[] = [];
  const lineOf = (path: (string | number)[]): number => lineAt(document, lineCounter, path);
  const fail = (path: (string | number)[], message: string) =>
    errors.push({ file: fileName, line: lineOf(path), path: path.join('.'), message });

  for (const error of document.errors) {
    errors.push({
      file: fileName,
      line: error.linePos?.[0]?.line ?? 1,
      path: '',
      message: `not valid YAML: ${error.message.split('\n')[0]}`,
    });
  }
  if (errors.length) return { ok: false, errors };

  const data = yamlToJs(document, lineCounter);
  if (!data.ok)
    return {
      ok: false,
      errors: [{ file: fileName, line: data.line, path: '', message: data.message }],
    };
  const parsed = PackSpec.safeParse(data.value ?? {});
  if (!parsed.success) {
    reportIssues(parsed.error, [], fail);
    return { ok: false, errors };
  }
  const spec = parsed.data;

  let specs: Record<string, RuleSpec> = {};
  if (spec.extends) {
    const base = resolveBase(spec.extends);
    if (!base) fail(['extends'], `there is no pack called "${spec.extends}"`);
    else specs = { ...base.specs };
  }

  for (const [id, raw] of Object.entries(spec.rules ?? {})) {
    const existing = specs[id];
    const isOverride =
      existing !== undefined && (typeof raw !== 'object' || raw === null || !('extends' in raw));
    if (isOverride) {
      const override = RuleOverride.safeParse(raw);
      if (!override.success) reportIssues(override.error, ['rules', id], fail);
      else {
        const merged = applyOverride(existing, override.data, (field) =>
          fail(
            ['rules', id, field],
            `“${field}” does not apply to a rule that extends ${existing.extends}`,
          ),
        );
        if (merged && checkRuleSpec(merged, ['rules', id], fail)) specs[id] = merged;
      }
      continue;
    }
    const rule = RuleSpec.safeParse(raw);
    if (!rule.success) {
      reportIssues(rule.error, ['rules', id], fail);
      continue;
    }
    if (checkRuleSpec(rule.data, ['rules', id], fail)) specs[id] = rule.data;
  }

  for (const [index, id] of (spec.disable ?? []).entries()) {
    if (!specs[id]) fail(['disable', index], `there is no rule "${id}" to disable`);
  }
  for (const [id] of Object.entries(spec.levels ?? {})) {
    if (!specs[id]) fail(['levels', id], `there is no rule "${id}"`);
  }
  if (errors.length) return { ok: false, errors };

  for (const [id, level] of Object.entries(spec.levels ?? {})) {
    const current = specs[id];
    if (current) specs[id] = { ...current, level };
  }
  const disabled = new Set(spec.disable ?? []);
  const rules: CompiledRule<unknown>[] = [];
  for (const [id, ruleSpec] of Object.entries(specs)) {
    if (disabled.has(id)) continue;
    try {
      rules.push(compileRule(id, ruleSpec));
    } catch (error) {
      fail(['rules', id], error instanceof Error ? error.message : String(error));
    }
  }
  if (errors.length) return { ok: false, errors };
  const kept = Object.fromEntries(Object.entries(specs).filter(([id]) => !disabled.has(id)));
  return {
    ok: true,
    pack: { name: spec.name, description: spec.description ?? '', specs: kept, rules },
  };
}

/** Checks what zod cannot: known code rules and their parameters, and regular expressions. */
function checkRuleSpec(
  rule: RuleSpec,
  path: (string | number)[],
  fail: (path: (string | number)[], message: string) => void,
): boolean {
  let ok = true;
  if (rule.extends === 'code') {
    const factory = CODE_RULES[rule.code];
    if (!factory) {
      fail(
        [...path, 'code'],
        `unknown code rule "${rule.code}"; known: ${Object.keys(CODE_RULES).join(', ')}`,
      );
      return false;
    }
    const params = factory.params?.safeParse(rule.params ?? {});
    if (params && !params.success) {
      reportIssues(params.error, [...path, 'params'], fail);
      ok = false;
    }
  }
  if ('regex' in rule && rule.regex) {
    const patterns =
      rule.extends === 'substitution'
        ? Object.keys(rule.swap)
        : rule.extends === 'conditional'
          ? [...rule.first, ...rule.second]
          : 'tokens' in rule
            ? rule.tokens
            : [];
    patterns.forEach((pattern, index) => {
      const problem = checkRegex(pattern);
      if (problem) {
        fail(
          [...path, rule.extends === 'substitution' ? 'swap' : 'tokens', index],
          `not a valid regular expression: ${problem}`,
        );
        ok = false;
      }
    });
  }
  return ok;
}

/** A base rule with a pack's changes applied; fields that make no sense for its kind are reported. */
function applyOverride(
  base: RuleSpec,
  override: z.infer<typeof RuleOverride>,
  misfit: (field: string) => void,
): RuleSpec | null {
  const next: Record<string, unknown> = { ...base };
  let ok = true;
  const allow = (field: string, kinds: RuleSpec['extends'][]): boolean => {
    if (kinds.includes(base.extends)) return true;
    misfit(field);
    ok = false;
    return false;
  };
  for (const [field, value] of Object.entries(override)) {
    if (value === undefined) continue;
    if (field === 'level' || field === 'message' || field === 'description') next[field] = value;
    else if (field === 'tokens' && allow(field, ['existence', 'occurrence'])) next.tokens = value;
    else if (field === 'addTokens' && allow(field, ['existence', 'occurrence']))
      next.tokens = [...((next.tokens as string[]) ?? []), ...(value as string[])];
    else if (field === 'exceptions' && allow(field, ['existence', 'substitution']))
      next.exceptions = value;
    else if (field === 'addExceptions' && allow(field, ['existence', 'substitution']))
      next.exceptions = [...((next.exceptions as string[]) ?? []), ...(value as string[])];
    else if (field === 'ignore' && allow(field, ['existence', 'substitution', 'conditional']))
      next.ignore = value;
    else if (field === 'swap' && allow(field, ['substitution'])) next.swap = value;
    else if (field === 'addSwap' && allow(field, ['substitution']))
      next.swap = {
        ...((next.swap as Record<string, string>) ?? {}),
        ...(value as Record<string, string>),
      };
    else if ((field === 'first' || field === 'second') && allow(field, ['conditional']))
      next[field] = value;
    else if (field === 'addSecond' && allow(field, ['conditional']))
      next.second = [...((next.second as string[]) ?? []), ...(value as string[])];
    else if (field === 'max' && allow(field, ['occurrence', 'metric'])) next.max = value;
    else if (field === 'params' && allow(field, ['code']))
      next.params = {
        ...((next.params as Record<string, unknown>) ?? {}),
        ...(value as Record<string, unknown>),
      };
  }
  return ok ? (next as RuleSpec) : null;
}

function reportIssues(
  error: z.ZodError,
  prefix: (string | number)[],
  fail: (path: (string | number)[], message: string) => void,
): void {
  for (const issue of error.issues) {
    const path = [
      ...prefix,
      ...issue.path.filter((part): part is string | number => typeof part !== 'symbol'),
    ];
    let message = issue.message;
    if (issue.code === 'invalid_union' && path.at(-1) !== 'extends') {
      message =
        'expected one of the rule kinds: existence, substitution, occurrence, conditional, metric, code';
    }
    if (issue.code === 'unrecognized_keys')
      message = `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    fail(path, message);
  }
}

/** The line of the node at a path, or of its nearest parent that exists. */
function lineAt(document: Document, lineCounter: LineCounter, path: (string | number)[]): number {
  for (let length = path.length; length >= 0; length -= 1) {
    const node = document.getIn(path.slice(0, length), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    if (length === 0) break;
  }
  return 1;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ComplianceChecker,
  formatPackError,
  loadBuiltInPack,
  loadCustomPack,
} from '../../src/core/compliance';
import { emptyMetadata } from '../../src/core/document/metadata';
import { miniMarkdown } from './mini-markdown';

const builtIn = loadBuiltInPack(
  readFileSync(join(import.meta.dirname, '../../resources/rules/medical-public.yaml'), 'utf8'),
);
const load = (yaml: string) => loadCustomPack(yaml, 'house.yaml', builtIn);
const errorsOf = (yaml: string) => {
  const result = load(yaml);
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.errors.map(formatPackError);
};
const run = (yaml: string, text: string) => {
  const result = load(yaml);
  if (!result.ok) throw new Error(result.errors.map(formatPackError).join('\n'));
  const metadata = {
    ...emptyMetadata('x'),
    authors: ['A'],
    medicalReviewer: 'B',
    lastReviewed: '2026-01-01',
  };
  return new ComplianceChecker(result.pack).check({
    doc: miniMarkdown(text),
    sources: [],
    metadata,
    today: '2026-11-24',
  });
};

describe('rule packs', () => {
  it('ships a built-in pack with every required rule id', () => {
    expect(builtIn.rules.map((rule) => rule.id).sort()).toEqual(
      [
        'abbreviation-undefined',
        'absolute-claim',
        'attribution-missing',
        'benefit-without-risk',
        'citation-missing-source',
        'claim-needs-citation',
        'cure-claim',
        'disclaimer-missing',
        'dosing-without-advice',
        'experimental-status-missing',
        'hype-language',
        'patient-identifier',
        'readability',
        'source-outdated',
        'source-retracted',
        'source-uncited',
        'stigmatising-language',
        'stop-medication-advice',
        'testimonial-as-evidence',
        'unapproved-offer',
        'urgent-signposting-missing',
        'vague-link-text',
        'weak-evidence-strong-claim',
      ].sort(),
    );
  });

  it('extends the built-in pack: changes levels, disables rules, adds words and new rules', () => {
    const yaml = `
name: house-style
extends: medical-public
disable: [readability]
levels:
  hype-language: error
rules:
  hype-language:
    addTokens: [life-changing]
  stigmatising-language:
    addSwap:
      battling cancer: living with cancer
  no-superfoods:
    extends: existence
    level: warning
    message: Avoid “%s”.
    tokens: [superfood, superfoods]
`;
    const findings = run(
      yaml,
      'This life-changing therapy helps. She is battling cancer. Kale is a superfood.',
    );
    expect(findings.map((f) => [f.ruleId, f.severity, f.excerpt])).toEqual([
      ['hype-language', 'error', 'life-changing'],
      ['stigmatising-language', 'warning', 'battling cancer'],
      ['no-superfoods', 'warning', 'superfood'],
    ]);
    expect(findings[1]?.suggestion).toBe('living with cancer');
  });

  it('reports broken YAML with the file and line', () => {
    expect(errorsOf('name: house\nrules:\n  a: [unclosed\n')[0]).toMatch(
      /^house\.yaml:\d+: not valid YAML/,
    );
  });

  it('names the file, line and field of a wrong value', () => {
    const yaml =
      'name: house\nrules:\n  shout:\n    extends: existence\n    level: fatal\n    message: No shouting.\n    tokens: [LOUD]\n';
    expect(errorsOf(yaml)).toEqual([
      expect.stringMatching(/^house\.yaml:5: rules\.shout\.level: /),
    ]);
  });

  it('refuses unknown kinds, unknown fields, unknown code rules and bad parameters', () => {
    expect(
      errorsOf('name: house\nrules:\n  a:\n    extends: telepathy\n    message: x\n')[0],
    ).toMatch(/^house\.yaml:4: rules\.a\.extends: /);
    expect(
      errorsOf(
        'name: house\nrules:\n  a:\n    extends: existence\n    message: x\n    tokens: [y]\n    colour: red\n',
      )[0],
    ).toMatch(/rules\.a: unknown field: colour/);
    expect(
      errorsOf(
        'name: house\nrules:\n  a:\n    extends: code\n    code: mind-reading\n    message: x\n',
      )[0],
    ).toMatch(/^house\.yaml:5: rules\.a\.code: unknown code rule "mind-reading"/);
    expect(
      errorsOf(
        'name: house\nextends: medical-public\nrules:\n  source-outdated:\n    params:\n      maxAgeYears: soon\n',
      )[0],
    ).toMatch(/^house\.yaml:6: rules\.source-outdated\.params\.maxAgeYears: /);
    expect(
      errorsOf(
        'name: house\nrules:\n  a:\n    extends: existence\n    regex: true\n    message: x\n    tokens: ["(unclosed"]\n',
      )[0],
    ).toMatch(/rules\.a\.tokens\.0: not a valid regular expression/);
  });

  it('refuses overrides, levels and disables of rules that do not exist, and fields that do not fit', () => {
    const errors = errorsOf(
      'name: house\nextends: medical-public\ndisable: [no-such-rule]\nlevels:\n  also-missing: error\nrules:\n  cure-claim:\n    swap: { a: b }\n',
    );
    expect(errors).toEqual([
      expect.stringMatching(
        /^house\.yaml:8: rules\.cure-claim\.swap: “swap” does not apply to a rule that extends code/,
      ),
      expect.stringMatching(/^house\.yaml:3: disable\.0: there is no rule "no-such-rule"/),
      expect.stringMatching(
        /^house\.yaml:5: levels\.also-missing: there is no rule "also-missing"/,
      ),
    ]);
    expect(errorsOf('name: house\nextends: somebody-else\n')[0]).toMatch(
      /extends: there is no pack called "somebody-else"/,
    );
  });
});

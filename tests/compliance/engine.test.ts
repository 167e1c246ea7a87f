import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ComplianceChecker, loadBuiltInPack } from '../../src/core/compliance';
import { referenceArticle } from './reference-article';

const pack = loadBuiltInPack(
  readFileSync(join(import.meta.dirname, '../../resources/rules/medical-public.yaml'), 'utf8'),
);

describe('the reference article', () => {
  it('has no errors and at most three warnings', () => {
    const { doc, sources, metadata } = referenceArticle();
    const findings = new ComplianceChecker(pack).check({
      doc,
      sources,
      metadata,
      today: '2026-11-24',
    });
    const summary = findings.map(
      (f) => `${f.severity} ${f.ruleId}: ${f.excerpt.slice(0, 60)} — ${f.message}`,
    );
    console.log(summary.join('\n'));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.severity === 'warning').length).toBeLessThanOrEqual(3);
  });
});

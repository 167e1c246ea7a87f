import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { ComplianceChecker, loadBuiltInPack } from '../../src/core/compliance';
import { emptyMetadata } from '../../src/core/document/metadata';

const pack = loadBuiltInPack(
  readFileSync(join(import.meta.dirname, '../../resources/rules/medical-public.yaml'), 'utf8'),
);

const mark = (type: 'insertion' | 'deletion', id: string) => ({
  type,
  attrs: { id, authorId: 'r1', authorName: 'Rita Reviewer', createdAt: '2026-12-01T10:00:00Z' },
});

/** A paragraph of runs, each optionally under a pending suggestion. */
const paragraph = (...runs: [string, ('insertion' | 'deletion')?][]): JSONContent => ({
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: runs.map(([text, kind], index) =>
        kind ? { type: 'text', text, marks: [mark(kind, `s${index}`)] } : { type: 'text', text },
      ),
    },
  ],
});

const errorsOf = (doc: JSONContent, reading: 'strict' | 'accepted') =>
  new ComplianceChecker(pack)
    .check({ doc, sources: [], metadata: emptyMetadata('Steroids'), today: '2026-12-02', reading })
    .filter((finding) => finding.severity === 'error')
    .map((finding) => finding.excerpt);

describe('pending suggestions and the two readings', () => {
  const deleted = paragraph(
    ['Steroids help many people. '],
    ['Stop taking your steroids once you feel better.', 'deletion'],
  );
  const inserted = paragraph(
    ['Steroids help many people. '],
    ['Stop taking your steroids once you feel better.', 'insertion'],
  );

  it('strict (what an export contains) still reads text a pending deletion covers', () => {
    expect(errorsOf(deleted, 'strict').join(' ')).toContain('Stop taking your steroids');
    expect(errorsOf(deleted, 'accepted')).toEqual([]);
  });

  it('strict leaves out text a pending insertion adds; accepted reads it', () => {
    expect(errorsOf(inserted, 'strict')).toEqual([]);
    expect(errorsOf(inserted, 'accepted').join(' ')).toContain('Stop taking your steroids');
  });

  it('one checker switching readings never serves the other reading from its cache', () => {
    const checker = new ComplianceChecker(pack);
    const run = (reading: 'strict' | 'accepted') =>
      checker
        .check({
          doc: deleted,
          sources: [],
          metadata: emptyMetadata('S'),
          today: '2026-12-02',
          reading,
        })
        .filter((finding) => finding.severity === 'error').length;
    expect(run('accepted')).toBe(0);
    expect(run('strict')).toBeGreaterThan(0);
    expect(run('accepted')).toBe(0);
  });
});

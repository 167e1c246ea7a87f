import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cite, doc, h2, p } from '../document/builders';
import { collectCitations, compressNumbers, numberCitations } from './numbering';

describe('compressNumbers', () => {
  it('keeps pairs, collapses runs of three or more with an en dash', () => {
    expect(compressNumbers([2, 3])).toBe('2,3');
    expect(compressNumbers([2, 3, 4])).toBe('2–4');
    expect(compressNumbers([4, 2, 3, 3])).toBe('2–4');
    expect(compressNumbers([1, 3, 4, 5, 7, 8])).toBe('1,3–5,7,8');
    expect(compressNumbers([])).toBe('');
  });
});

describe('numberCitations', () => {
  const body = doc(
    h2('Intro'),
    p('First ', cite('b'), ' then ', cite('a', 'c')),
    p('Again ', cite('b'), ' and ', cite('ghost')),
  );

  it('numbers sources by first citation and labels each occurrence', () => {
    const numbering = numberCitations(
      collectCitations(body),
      ['a', 'b', 'c', 'unused'],
      'first-citation',
    );
    expect(numbering.order).toEqual(['b', 'a', 'c']);
    expect(numbering.labels.map((label) => label.text)).toEqual(['1', '2,3', '1', '']);
    expect(numbering.labels[3]?.missing).toEqual(['ghost']);
    expect(numbering.missing).toEqual(['ghost']);
  });

  it('keeps the source list order when asked, listing every source', () => {
    const numbering = numberCitations(
      collectCitations(body),
      ['a', 'b', 'c', 'unused'],
      'source-list',
    );
    expect(numbering.order).toEqual(['a', 'b', 'c', 'unused']);
    expect(numbering.labels.map((label) => label.text)).toEqual(['2', '1,3', '2', '']);
  });

  it('renumbers when text moves', () => {
    const moved = doc(p('Again ', cite('b')), p('First ', cite('a')));
    const numbering = numberCitations(collectCitations(moved), ['a', 'b'], 'first-citation');
    expect(numbering.labels.map((label) => label.text)).toEqual(['1', '2']);
    expect(numbering.numberOf.get('a')).toBe(2);
  });
});

describe('the reference article', () => {
  // The article's citations as it writes them ([@a; @b] is one citation), in reading order.
  const markdown = readFileSync(
    join(__dirname, '../../../tests/fixtures/car-t-autoimmune/article.md'),
    'utf8',
  );
  const citations = [...markdown.matchAll(/\[(@[^\]]+)\]/g)].map((match) => ({
    sourceIds: (match[1] ?? '').split(';').map((part) => part.trim().replace(/^@/, '')),
    locator: null,
  }));
  const sourceList = ['nci-car-t', 'mackensen2022', 'muller2024', 'schett2024'];

  it('numbers its 14 citations by first appearance, as AMA and Vancouver require', () => {
    expect(citations).toHaveLength(14);
    const numbering = numberCitations(citations, sourceList, 'first-citation');
    expect(numbering.labels.map((label) => label.text).join('; ')).toBe(
      '1; 2; 3; 4; 2; 2; 3,4; 1,2; 4; 2; 3,4; 2; 2; 3,4',
    );
    expect(numbering.order).toEqual(['nci-car-t', 'schett2024', 'mackensen2022', 'muller2024']);
  });

  it('keeps the published source-list numbering when the draft asks for it', () => {
    const numbering = numberCitations(citations, sourceList, 'source-list');
    expect(numbering.labels.map((label) => label.text).join('; ')).toBe(
      '1; 4; 2; 3; 4; 4; 2,3; 1,4; 3; 4; 2,3; 4; 4; 2,3',
    );
  });
});

describe('compressNumbers, more shapes', () => {
  it('handles several runs, singletons and unsorted input', () => {
    expect(compressNumbers([9, 1, 2, 3, 5, 6, 7])).toBe('1–3,5–7,9');
    expect(compressNumbers([12])).toBe('12');
    expect(compressNumbers([1, 2, 4, 5])).toBe('1,2,4,5');
    expect(compressNumbers([3, 3, 3])).toBe('3');
    expect(compressNumbers([10, 11, 12, 13, 14, 15])).toBe('10–15');
  });
});

describe('numbering at draft scale', () => {
  it('numbers 300 citations over 150 sources, each source once, in first-citation order', () => {
    const sources = Array.from({ length: 150 }, (_, index) => `source-${index}`);
    // Each citation holds one to three sources, walking the list backwards so
    // first-citation numbers differ from list positions.
    const citations = Array.from({ length: 300 }, (_, index) => ({
      sourceIds: [0, 1, 2]
        .slice(0, (index % 3) + 1)
        .map((offset) => sources[149 - ((index + offset * 7) % 150)] ?? ''),
      locator: null,
    }));
    const numbering = numberCitations(citations, sources, 'first-citation');
    expect(numbering.order).toHaveLength(150);
    expect(numbering.order[0]).toBe('source-149');
    expect(new Set(numbering.numberOf.values()).size).toBe(150);
    expect(numbering.labels).toHaveLength(300);
    expect(numbering.labels[0]?.text).toBe('1');
    expect(numbering.missing).toEqual([]);
  });
});

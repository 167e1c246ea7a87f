import { describe, expect, it } from 'vitest';
import type { Source } from '../citations/source';
import { doc, p } from '../document/builders';
import { emptyMetadata } from '../document/metadata';
import { contentHash, type SignedContent } from './content-hash';

const source: Source = {
  id: 'src-1',
  key: 'muller2024',
  csl: { id: 'src-1', type: 'article-journal', title: 'CAR-T in lupus' },
  evidence: { design: null, participants: null, peerReviewed: null, retracted: false },
};

const base = (): SignedContent => ({
  doc: doc(p('CAR-T cell therapy put five patients into remission.')),
  metadata: emptyMetadata('CAR-T for lupus'),
  sources: [source],
});

/** Rebuilds an object with its keys in reverse order, at every depth. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .reverse()
      .map(([key, inner]) => [key, reversedKeys(inner)]),
  );
}

describe('contentHash', () => {
  it('is 64 hex digits and the same for the same content', () => {
    expect(contentHash(base())).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash(base())).toBe(contentHash(base()));
  });

  it('does not depend on key order or on the whitespace of stored JSON', () => {
    const stored = JSON.stringify(base(), null, 4);
    const reread = reversedKeys(JSON.parse(stored)) as SignedContent;
    expect(JSON.stringify(reread)).not.toBe(JSON.stringify(base()));
    expect(contentHash(reread)).toBe(contentHash(base()));
  });

  it('changes with one word of the text, a mark, a metadata field or a source', () => {
    const original = contentHash(base());
    const changes: ((content: SignedContent) => SignedContent)[] = [
      (c) => ({ ...c, doc: doc(p('CAR-T cell therapy put six patients into remission.')) }),
      (c) => ({
        ...c,
        doc: doc(
          p({
            type: 'text',
            text: 'CAR-T cell therapy put five patients into remission.',
            marks: [{ type: 'bold' }],
          }),
        ),
      }),
      (c) => ({ ...c, metadata: { ...c.metadata, standfirst: 'New standfirst' } }),
      (c) => ({ ...c, metadata: { ...c.metadata, lastReviewed: '2026-01-01' } }),
      (c) => ({
        ...c,
        sources: [{ ...source, csl: { ...source.csl, title: 'CAR-T in myositis' } }],
      }),
      (c) => ({ ...c, sources: [] }),
    ];
    const hashes = changes.map((change) => contentHash(change(base())));
    hashes.forEach((hash) => expect(hash).not.toBe(original));
    expect(new Set(hashes).size).toBe(hashes.length);
  });
});

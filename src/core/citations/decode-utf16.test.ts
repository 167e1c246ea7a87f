import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeUtf16 } from './decode-utf16';
import { parseReferences } from './parse-references';

describe('decodeUtf16', () => {
  it('reads a real UTF-16 BibTeX file that was called binary before', () => {
    const bytes = readFileSync('../shared/corpus/references/jabref-utf16le-bom.bib');
    const text = decodeUtf16(bytes);
    expect(text).not.toBeNull();
    const parsed = parseReferences(text ?? '');
    expect(parsed.format).toBe('bibtex');
    expect(parsed.entries.length).toBeGreaterThan(0);
    expect(parsed.problems).toEqual([]);
  });

  it('leaves files without a UTF-16 byte order mark to the UTF-8 reader', () => {
    expect(decodeUtf16(new TextEncoder().encode('@article{a, title={x}}'))).toBeNull();
  });

  it('reads big-endian text with characters beyond ASCII', () => {
    const bytes = Uint8Array.from([0xfe, 0xff, 0x00, 0x4d, 0x00, 0xfc, 0x00, 0x6c]);
    expect(decodeUtf16(bytes)).toBe('Mül');
  });
});

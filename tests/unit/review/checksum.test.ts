import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex, sha256OfText, utf8Bytes } from '../../../src/core/review';

const nodeSha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('sha256', () => {
  it('matches the FIPS 180 test vectors', () => {
    expect(sha256OfText('')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(sha256OfText('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256OfText('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256OfText('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('agrees with node:crypto at every padding boundary and on non-ASCII text', () => {
    for (let length = 0; length < 200; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
      expect(sha256Hex(bytes)).toBe(nodeSha(bytes));
    }
    const text = 'Müller et al. — naïve B-cells, 2–3 µg, 😀 and 中文';
    expect(sha256OfText(text)).toBe(nodeSha(text));
  });

  it('encodes UTF-8 as TextEncoder does, lone surrogates included', () => {
    const encoder = new TextEncoder();
    for (const text of ['plain', 'é', '€', '😀', 'a\uD800b', '\uDC00', 'x\uD83D']) {
      expect(Array.from(utf8Bytes(text))).toEqual(Array.from(encoder.encode(text)));
    }
  });
});

describe('canonical JSON', () => {
  it('does not depend on key order or formatting', () => {
    const a = { b: 1, a: [true, null, 'x'], c: { z: 1, y: { x: 2 } } };
    const b = JSON.parse(
      JSON.stringify({ c: { y: { x: 2 }, z: 1 }, a: [true, null, 'x'], b: 1 }, null, 2),
    );
    expect(canonicalJson(a)).toBe('{"a":[true,null,"x"],"b":1,"c":{"y":{"x":2},"z":1}}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
  });

  it('leaves out undefined members as JSON does, and refuses what JSON cannot hold', () => {
    expect(canonicalJson({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/NaN/);
    expect(() => canonicalJson({ a: () => 1 })).toThrow(/function/);
  });
});

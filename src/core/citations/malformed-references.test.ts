import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_REFERENCE_FILE_CHARS, parseReferences } from './parse-references';

const fixtures = join(__dirname, '../../../tests/fixtures/references');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const referenceArticle = readFileSync(
  join(__dirname, '../../../tests/fixtures/car-t-autoimmune/references.json'),
  'utf8',
);

/** `text` cut just before the first occurrence of `marker` at or after `from`. */
function cutBefore(text: string, marker: string, from = 0): string {
  const index = text.indexOf(marker, from);
  if (index === -1) throw new Error(`marker ${marker} not found`);
  return text.slice(0, index);
}

/** Deterministic pseudo-random bytes, as a binary file would have. */
function garbageBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 0x2545f491;
  for (let index = 0; index < length; index += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[index] = state & 0xff;
  }
  return bytes;
}

describe('empty and garbage files', () => {
  it('says an empty or blank file is empty', () => {
    for (const text of ['', '   \n\n\t\n', '\uFEFF']) {
      expect(parseReferences(text)).toEqual({
        format: null,
        entries: [],
        problems: [{ line: 1, message: 'the file is empty' }],
      });
    }
  });

  it('recognises binary data (an image, random bytes) instead of guessing', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
    ]);
    for (const bytes of [png, garbageBytes(4096)]) {
      const parsed = parseReferences(new TextDecoder().decode(bytes), { fileName: 'refs.bib' });
      expect(parsed.format).toBeNull();
      expect(parsed.entries).toEqual([]);
      expect(parsed.problems).toEqual([
        {
          line: 1,
          message:
            'binary data, not a reference file: expected BibTeX, RIS, PubMed MEDLINE or CSL-JSON',
        },
      ]);
    }
  });

  it('says prose is not a reference file', () => {
    expect(parseReferences('Dear editor,\nplease find my references attached.\n').problems).toEqual(
      [
        {
          line: 1,
          message: 'not a reference file: expected BibTeX, RIS, PubMed MEDLINE or CSL-JSON',
        },
      ],
    );
  });

  it('refuses a file over the size limit without reading it', () => {
    const parsed = parseReferences('@'.repeat(MAX_REFERENCE_FILE_CHARS + 1));
    expect(parsed.problems).toEqual([
      { line: 1, message: 'the file is too large (50 MB; the limit is 50 MB)' },
    ]);
  });
});

describe('truncated files keep every complete entry and name the cut one', () => {
  it('BibTeX', () => {
    const text = cutBefore(fixture('car-t.bib'), '  publisher = {Oxford');
    const parsed = parseReferences(text);
    expect(parsed.entries.map((entry) => entry.key)).toEqual([
      'muller2024',
      'mackensen2022',
      'schett2024',
      'nci-car-t',
    ]);
    expect(parsed.problems).toEqual([{ line: 66, message: 'missing closing brace' }]);
  });

  it('RIS', () => {
    const text = cutBefore(fixture('library.ris'), 'PB  - McGraw Hill');
    const parsed = parseReferences(text);
    expect(parsed.entries).toHaveLength(3);
    expect(parsed.problems).toEqual([
      { line: 65, message: 'record not closed: no "ER  -" line (the file may be truncated)' },
    ]);
  });

  it('PubMed MEDLINE', () => {
    const text = cutBefore(fixture('pubmed.nbib'), 'PT  - Retracted Publication');
    const parsed = parseReferences(text);
    expect(parsed.entries.map((entry) => entry.csl.PMID)).toEqual(['37952131', '34425083']);
    expect(parsed.problems).toEqual([
      { line: 79, message: 'record incomplete: no SO line (the file may be truncated)' },
    ]);
  });

  it('CSL-JSON', () => {
    const text = cutBefore(referenceArticle, '"container-title": "Nature Reviews');
    const parsed = parseReferences(text);
    expect(parsed.entries.map((entry) => entry.key)).toEqual([
      'nci-car-t',
      'mackensen2022',
      'muller2024',
    ]);
    expect(parsed.problems).toEqual([
      { line: 40, message: 'entry not closed: the file ends inside it (it may be truncated)' },
    ]);
  });
});

describe('one bad entry never stops the rest', () => {
  it('reports a missing closing brace at the entry and reads the entries after it', () => {
    const parsed = parseReferences(fixture('glp1-trials.bib'));
    expect(parsed.entries).toHaveLength(14);
    expect(parsed.entries[4]?.key).toBe('jastreboff2022');
    expect(parsed.problems).toEqual([{ line: 40, message: 'missing closing brace' }]);
  });

  it('names BibTeX syntax errors in plain words at their line', () => {
    const text = [
      '@article{ok1, title = {Fine}, year = 2020}',
      '@article{, title = {No key}}',
      '@article{nocomma,',
      '  title = {Missing comma}',
      '  year = 2020',
      '}',
      '@article{ok2, title = {Also fine}}',
    ].join('\n');
    const parsed = parseReferences(text);
    // A key-less entry (Mendeley writes them) is read and given a key of its own.
    expect(parsed.entries.map((entry) => entry.csl.title)).toEqual(['Fine', 'No key', 'Also fine']);
    expect(parsed.entries[1]?.key).toMatch(/\w/);
    expect(parsed.problems).toEqual([{ line: 5, message: 'missing comma between two fields' }]);
  });
});

describe('a 10 MB file', () => {
  it('is read entry by entry in seconds, with its broken entries reported', () => {
    const entry = (index: number, closed: boolean) =>
      `@article{trial${index},\n  author = {M{\\"u}ller, Fabian and Smith, John and Doe, Jane},\n` +
      `  title = {A {CAR} {T} cell study, number ${index}, of a long series},\n` +
      `  journal = {N Engl J Med}, year = {2024}, volume = {390}, number = {8},\n` +
      `  pages = {687--700}, doi = {10.1056/TEST${index}},\n  note = {study design: case series; n=15}\n` +
      (closed ? '}\n\n' : '\n');
    const parts: string[] = [];
    let size = 0;
    for (let index = 0; size < 10_000_000; index += 1) {
      const part = entry(index, index % 5000 !== 4999);
      parts.push(part);
      size += part.length;
    }
    const text = parts.join('');
    const started = performance.now();
    const parsed = parseReferences(text);
    const seconds = (performance.now() - started) / 1000;

    const broken = Math.floor(parts.length / 5000);
    expect(parsed.entries).toHaveLength(parts.length - broken);
    expect(parsed.problems).toHaveLength(broken);
    expect(parsed.problems[0]).toEqual({ line: 4999 * 8 + 1, message: 'missing closing brace' });
    // A generous bound (about 4 s here): it catches hangs and quadratic slowdowns, not jitter.
    expect(seconds).toBeLessThan(30);
  }, 60_000);

  it('of prose or binary data is turned away at once', () => {
    const prose = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(180_000);
    const binary = new TextDecoder().decode(garbageBytes(10_000_000));
    for (const text of [prose, binary]) {
      const started = performance.now();
      const parsed = parseReferences(text);
      expect(parsed.entries).toEqual([]);
      expect(parsed.problems).toHaveLength(1);
      expect(performance.now() - started).toBeLessThan(5000);
    }
  });
});

describe('damaged files', () => {
  it('never throw, whatever characters go missing or appear', () => {
    let state = 12345;
    const random = (limit: number) => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % limit;
    };
    const noise = ['{', '}', '"', '@', '\n', 'ER  - ', 'TY  - ', ',', '\\', '[', ']', '\u0000'];
    for (const original of [
      fixture('car-t.bib'),
      fixture('library.ris'),
      fixture('pubmed.nbib'),
      referenceArticle,
    ]) {
      for (let round = 0; round < 60; round += 1) {
        let text = original;
        for (let edit = 0; edit < 5; edit += 1) {
          const at = random(text.length);
          text =
            text.slice(0, at) + (noise[random(noise.length)] ?? '') + text.slice(at + random(40));
        }
        const parsed = parseReferences(text);
        for (const problem of parsed.problems) {
          expect(problem.line).toBeGreaterThan(0);
          expect(problem.message).toMatch(/^[a-z]/);
        }
      }
    }
  });
});

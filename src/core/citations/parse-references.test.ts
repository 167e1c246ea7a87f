import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectReferenceFormat, parseReferences } from './parse-references';

const fixtures = join(__dirname, '../../../tests/fixtures/references');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const referenceArticle = readFileSync(
  join(__dirname, '../../../tests/fixtures/car-t-autoimmune/references.json'),
  'utf8',
);

describe('parseReferences: BibTeX', () => {
  const parsed = parseReferences(fixture('car-t.bib'), { fileName: 'car-t.bib' });
  const byKey = new Map(parsed.entries.map((entry) => [entry.key, entry]));

  it('reads every entry, skipping @comment, @preamble and @string', () => {
    expect(parsed.format).toBe('bibtex');
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries.map((entry) => entry.key)).toEqual([
      'muller2024',
      'mackensen2022',
      'schett2024',
      'nci-car-t',
      'jama-manual',
      'cafe2019',
    ]);
    expect(byKey.get('muller2024')?.line).toBe(12);
  });

  it('turns LaTeX accents, protected braces and dashes into plain Unicode', () => {
    const muller = byKey.get('muller2024');
    expect(muller?.csl.title).toBe(
      'CD19 CAR T-Cell Therapy in Autoimmune Disease — A Case Series with Follow-up',
    );
    expect(muller?.csl.author?.[0]).toEqual({ family: 'Müller', given: 'Fabian' });
    expect(muller?.csl.author).toHaveLength(28);
    expect(muller?.csl.page).toBe('687-700');
    const cafe = byKey.get('cafe2019');
    expect(cafe?.csl.author).toEqual([
      { family: 'Café', given: 'José' },
      { family: 'García-Márquez', given: 'Ana' },
      { family: "O'Brien", given: 'Seán' },
    ]);
    expect(cafe?.csl.title).toBe('Naïve B cells and the <i>in vitro</i> response');
    expect(cafe?.csl['container-title']).toBe('Journal of NASA Biology');
  });

  it('expands @string and month macros', () => {
    expect(byKey.get('muller2024')?.csl['container-title']).toBe('New England Journal of Medicine');
    expect(byKey.get('muller2024')?.csl.issued).toEqual({ 'date-parts': [[2024, 2]] });
    expect(byKey.get('mackensen2022')?.csl['container-title']).toBe('Nature Medicine');
    expect(byKey.get('mackensen2022')?.csl.issued).toEqual({ 'date-parts': [[2022, 10]] });
  });

  it('finds DOIs written as a doi.org link or inside a note', () => {
    expect(byKey.get('muller2024')?.csl.DOI).toBe('10.1056/NEJMoa2308917');
    expect(byKey.get('mackensen2022')?.csl.DOI).toBe('10.1038/s41591-022-02017-5');
    expect(byKey.get('schett2024')?.csl.DOI).toBe('10.1038/s41584-024-01139-z');
  });

  it('reads organisations as literal names and web pages with their access date', () => {
    const nci = byKey.get('nci-car-t');
    expect(nci?.csl.type).toBe('webpage');
    expect(nci?.csl.author).toEqual([{ literal: 'National Cancer Institute' }]);
    expect(nci?.csl.accessed).toEqual({ 'date-parts': [[2025, 3, 1]] });
    expect(byKey.get('jama-manual')?.csl).toMatchObject({
      type: 'book',
      edition: '11',
      publisher: 'Oxford University Press',
    });
  });

  it('reads evidence from the note and the keywords', () => {
    expect(byKey.get('muller2024')?.evidence).toEqual({
      design: 'case-series',
      participants: 15,
      peerReviewed: null,
      retracted: false,
    });
    expect(byKey.get('mackensen2022')?.evidence.design).toBeNull();
  });
});

describe('parseReferences: RIS', () => {
  const parsed = parseReferences(fixture('library.ris'));
  const [lincoff, wakefield, nhs, harrison] = parsed.entries;

  it('reads CRLF files, multi-line fields and several authors', () => {
    expect(parsed.format).toBe('ris');
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries.map((entry) => entry.line)).toEqual([1, 39, 56, 65]);
    expect(lincoff?.key).toBe('lincoff2023');
    expect(lincoff?.csl.title).toBe(
      'Semaglutide and Cardiovascular Outcomes in Obesity without Diabetes',
    );
    expect(lincoff?.csl.author).toHaveLength(16);
    expect(lincoff?.csl.author?.[6]).toEqual({ family: 'Hardt-Lindberg', given: 'Søren' });
    expect(lincoff?.csl.abstract).toMatch(/^BACKGROUND: Semaglutide.* with diabetes\.$/);
    expect(lincoff?.csl.issued).toEqual({ 'date-parts': [[2023, 12, 14]] });
    expect(lincoff?.csl.page).toBe('2221-2232');
  });

  it('finds a DOI left in M3 and drops M3 when it held only that', () => {
    expect(wakefield?.csl.DOI).toBe('10.1016/s0140-6736(97)11096-0');
    expect(wakefield?.csl.genre).toBeUndefined();
  });

  it('reads design, size and retraction from keywords and notes', () => {
    expect(lincoff?.evidence).toMatchObject({
      design: 'rct',
      participants: 17_604,
      retracted: false,
    });
    expect(wakefield?.evidence).toMatchObject({
      design: 'case-series',
      participants: 12,
      retracted: true,
    });
  });

  it('generates keys when the record has no ID, and reads access dates of web pages', () => {
    expect(wakefield?.key).toBe('wakefield1998');
    expect(harrison?.key).toBe('harrisons2022');
    expect(nhs?.key).toBe('nhs-semaglutide');
    expect(nhs?.csl).toMatchObject({
      type: 'webpage',
      accessed: { 'date-parts': [[2025, 2, 14]] },
    });
  });
});

describe('loosely written files', () => {
  it('reads RIS with single-space tags and unindented continuation lines', () => {
    const parsed = parseReferences(
      'TY - JOUR\nTI - A title\nthat goes on\nAU - Smith, J\nPY - 2001\nER - \n',
    );
    expect(parsed.entries[0]?.csl).toMatchObject({
      id: 'smith2001',
      title: 'A title that goes on',
    });
  });

  it('reads BibTeX entries in parentheses and ignores stray closing braces', () => {
    const parsed = parseReferences(
      '@article(key1, title = "Paren {Style}", year = 2001)\n}\n@book{b, title={U}}',
    );
    expect(parsed.entries.map((entry) => [entry.key, entry.csl.title])).toEqual([
      ['key1', 'Paren Style'],
      ['b', 'U'],
    ]);
    expect(parsed.problems).toEqual([]);
  });
});

describe('parseReferences: PubMed MEDLINE', () => {
  const parsed = parseReferences(fixture('pubmed.nbib'), { fileName: 'pubmed.nbib' });
  const [lincoff, sattar, wakefield] = parsed.entries;

  it('joins continuation lines and prefers full author names, keeping group authors', () => {
    expect(parsed.format).toBe('medline');
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries.map((entry) => entry.line)).toEqual([1, 50, 79]);
    expect(sattar?.csl.title).toBe(
      'Cardiovascular, mortality, and kidney outcomes with GLP-1 receptor agonists in patients with type 2 diabetes: a systematic review and meta-analysis of randomised trials',
    );
    expect(lincoff?.csl.author).toEqual([
      { family: 'Lincoff', given: 'A Michael' },
      { family: 'Brown-Frandsen', given: 'Kirstine' },
      { family: 'Colhoun', given: 'Helen M' },
      { family: 'Ryan', given: 'Donna H' },
      { literal: 'SELECT Trial Investigators' },
    ]);
    expect(lincoff?.csl.abstract).toContain(
      'glucagon-like peptide-1 receptor agonist, has been shown',
    );
  });

  it('maps journal, date, pages, PMID, language and the DOI from AID/LID', () => {
    expect(lincoff?.csl).toMatchObject({
      type: 'article-journal',
      'container-title': 'The New England journal of medicine',
      'container-title-short': 'N Engl J Med',
      issued: { 'date-parts': [[2023, 12, 14]] },
      volume: '389',
      issue: '24',
      page: '2221-2232',
      PMID: '37952131',
      DOI: '10.1056/NEJMoa2307563',
      language: 'en',
    });
    expect(wakefield?.csl.DOI).toBe('10.1016/s0140-6736(97)11096-0');
    expect(sattar?.csl.issued).toEqual({ 'date-parts': [[2021, 10]] });
  });

  it('reads evidence from publication types: strongest design wins, retractions flagged', () => {
    expect(lincoff?.evidence.design).toBe('rct');
    expect(sattar?.evidence.design).toBe('systematic-review');
    expect(wakefield?.evidence).toMatchObject({ design: 'case-series', retracted: true });
  });
});

describe('parseReferences: CSL-JSON', () => {
  it("reads the reference article's bibliography with its evidence notes", () => {
    const parsed = parseReferences(referenceArticle, { fileName: 'references.json' });
    expect(parsed.format).toBe('csl-json');
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries.map((entry) => [entry.id, entry.line])).toEqual([
      ['nci-car-t', 2],
      ['mackensen2022', 10],
      ['muller2024', 25],
      ['schett2024', 40],
    ]);
    const evidence = Object.fromEntries(parsed.entries.map((entry) => [entry.key, entry.evidence]));
    expect(evidence['muller2024']).toEqual({
      design: 'case-series',
      participants: 15,
      peerReviewed: null,
      retracted: false,
    });
    expect(evidence['mackensen2022']?.participants).toBe(5);
    expect(evidence['schett2024']?.design).toBe('narrative-review');
    expect(evidence['nci-car-t']?.design).toBeNull();
    expect(parsed.entries[2]?.csl.author).toEqual([
      { family: 'Müller', given: 'Fabian' },
      { literal: 'et al.' },
    ]);
  });

  it('reads a single item, numbers as text, and generates a missing id', () => {
    const parsed = parseReferences(
      '{ "type": "article-journal", "title": "Aspirin", "page": 12, "issued": {"date-parts": [[2001]]}, "author": [{"family": "Ng"}] }',
    );
    expect(parsed.entries[0]?.csl).toMatchObject({ id: 'ng2001', title: 'Aspirin', page: '12' });
  });

  it('reports each bad item at its line and keeps the others', () => {
    const text = [
      '[',
      '  { "id": "a", "type": "book", "title": "Fine" },',
      '  { "id": "b", "type": "book",',
      '    "title": "Missing comma" "page": "1" },',
      '  { "id": "c", "type": "book", "author": "Smith, J", "title": "Bad author" },',
      '  { "id": "d", "type": "book" },',
      '  "just a string",',
      '  { "id": "e", "type": "book", "title": "Cut',
    ].join('\n');
    const parsed = parseReferences(text);
    expect(parsed.entries.map((entry) => entry.key)).toEqual(['a']);
    expect(parsed.problems).toEqual([
      { line: 3, message: 'not valid JSON at line 4' },
      { line: 5, message: 'the author field is not a list of names' },
      { line: 6, message: 'no title' },
      { line: 7, message: 'entry is not a CSL-JSON item (expected an object in braces)' },
      { line: 8, message: 'entry not closed: the file ends inside it (it may be truncated)' },
    ]);
  });
});

describe('detectReferenceFormat', () => {
  it('trusts the content over the extension', () => {
    expect(detectReferenceFormat(fixture('library.ris'), 'export.txt')).toBe('ris');
    expect(detectReferenceFormat(fixture('pubmed.nbib'), 'pubmed.ris')).toBe('medline');
    expect(detectReferenceFormat(fixture('car-t.bib'), 'refs.json')).toBe('bibtex');
    expect(detectReferenceFormat(referenceArticle, 'refs.bib')).toBe('csl-json');
  });

  it('falls back to the extension, else gives up', () => {
    expect(detectReferenceFormat('nothing here', 'library.bib')).toBe('bibtex');
    expect(detectReferenceFormat('nothing here', 'notes.md')).toBeNull();
    expect(parseReferences('nothing here', { fileName: 'library.bib' }).problems).toEqual([
      { line: 1, message: 'no BibTeX entries found' },
    ]);
  });
});

describe('citation keys', () => {
  it('keeps keys unique within a file', () => {
    const text = '@book{smith2020, title={One}}\n@book{smith2020, title={Two}}\n';
    expect(parseReferences(text).entries.map((entry) => entry.key)).toEqual([
      'smith2020',
      'smith2020a',
    ]);
    const ris =
      'TY  - BOOK\nAU  - Smith, Jo\nPY  - 2020\nTI  - One\nER  - \nTY  - BOOK\nAU  - Smith, Al\nPY  - 2020\nTI  - Two\nER  - \n';
    expect(parseReferences(ris).entries.map((entry) => entry.id)).toEqual([
      'smith2020',
      'smith2020a',
    ]);
  });
});

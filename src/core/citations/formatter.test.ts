import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCitationFormatter } from './formatter';
import { collectCitations, numberCitations } from './numbering';
import { parseReferences } from './parse-references';
import { formatReferenceList, referenceListText } from './reference-list';
import type { CslItem } from './source';
import { cite, doc, p } from '../document/builders';

const csl = join(__dirname, '../../../resources/csl');
const localeXml = readFileSync(join(csl, 'locales-en-US.xml'), 'utf8');
const ama = createCitationFormatter({
  styleXml: readFileSync(join(csl, 'american-medical-association.csl'), 'utf8'),
  localeXml,
});
const vancouver = createCitationFormatter({
  styleXml: readFileSync(join(csl, 'vancouver.csl'), 'utf8'),
  localeXml,
});

const article: CslItem = {
  id: 'mackensen2022',
  type: 'article-journal',
  title: 'Anti-CD19 CAR T cell therapy for refractory systemic lupus erythematosus',
  author: [
    { family: 'Mackensen', given: 'Andreas' },
    { family: 'Müller', given: 'Fabian' },
    { family: 'Mougiakakos', given: 'Dimitrios' },
    { family: 'Böltz', given: 'Sören' },
    { family: 'Wilhelm', given: 'Artur' },
    { family: 'Aigner', given: 'Michael' },
    { family: 'Völkl', given: 'Simon' },
  ],
  'container-title': 'Nature Medicine',
  'container-title-short': 'Nat Med',
  volume: '28',
  issue: '10',
  page: '2124-2132',
  issued: { 'date-parts': [[2022, 10]] },
  DOI: '10.1038/s41591-022-02017-5',
  PMID: '36109639',
};
const webPage: CslItem = {
  id: 'nci-car-t',
  type: 'webpage',
  title: "CAR T Cells: Engineering Patients' Immune Cells to Treat Their Cancers",
  author: [{ literal: 'National Cancer Institute' }],
  'container-title': 'National Cancer Institute',
  URL: 'https://www.cancer.gov/about-cancer/treatment/research/car-t-cells',
  issued: { 'date-parts': [[2022, 3, 10]] },
  accessed: { 'date-parts': [[2025, 3, 1]] },
};
const book: CslItem = {
  id: 'hall2021',
  type: 'book',
  title: 'Guyton and Hall Textbook of Medical Physiology',
  author: [
    { family: 'Hall', given: 'John E.' },
    { family: 'Hall', given: 'Michael E.' },
  ],
  edition: '14',
  publisher: 'Elsevier',
  'publisher-place': 'Philadelphia',
  issued: { 'date-parts': [[2021]] },
};

describe('AMA (11th edition) reference list', () => {
  it('formats a journal article, a web page and a book as the style prescribes', () => {
    const list = ama.bibliography([article, webPage, book]);
    expect(list.map((entry) => [entry.id, entry.number])).toEqual([
      ['mackensen2022', 1],
      ['nci-car-t', 2],
      ['hall2021', 3],
    ]);
    // Journal article. Names are "Family Initials" without periods, comma-separated
    // (name-as-sort-order="all", initialize-with=""); 7 authors reach et-al-min="7",
    // so the first 3 (et-al-use-first="3") are followed by "et al". Title as written,
    // then the short journal title (form="short", italic in HTML), then
    // "year;volume(issue):pages" (year only, since there is an issue), pages in full
    // (page-range-format="expanded", delimiter "-"), then "doi:" + DOI with no final
    // period (the access macro ends the entry without a suffix). No PMID in AMA.
    expect(list[0]?.text).toBe(
      'Mackensen A, Müller F, Mougiakakos D, et al. Anti-CD19 CAR T cell therapy for refractory systemic lupus erythematosus. Nat Med. 2022;28(10):2124-2132. doi:10.1038/s41591-022-02017-5',
    );
    // Web page. The literal author, the title (the straight apostrophe becomes a
    // typographic one), the site name (container-title + "."), then the access
    // macro's ". "-delimited group for web pages: the issued date in the locale's
    // text form ("March 10, 2022"), "Accessed" + the access date as "Month day, year",
    // and the URL last, again without a final period.
    expect(list[1]?.text).toBe(
      'National Cancer Institute. CAR T Cells: Engineering Patients’ Immune Cells to Treat Their Cancers. National Cancer Institute. March 10, 2022. Accessed March 1, 2025. https://www.cancer.gov/about-cancer/treatment/research/car-t-cells',
    );
    // Book. Authors as above; the title italic and title-cased; edition as an
    // ordinal with the short term ("14th ed."); the publisher macro of this AMA
    // version prints the publisher only (AMA 11 dropped the place); then
    // "; year." from the issued group.
    expect(list[2]?.text).toBe(
      'Hall JE, Hall ME. Guyton and Hall Textbook of Medical Physiology. 14th ed. Elsevier; 2021.',
    );
  });

  it('writes HTML with italics and without the number block', () => {
    const [journal, , hall] = ama.bibliography([article, webPage, book], 'html');
    expect(journal?.text).toBe(
      'Mackensen A, Müller F, Mougiakakos D, et al. Anti-CD19 CAR T cell therapy for refractory systemic lupus erythematosus. <i>Nat Med</i>. 2022;28(10):2124-2132. doi:10.1038/s41591-022-02017-5',
    );
    expect(hall?.text).toBe(
      'Hall JE, Hall ME. <i>Guyton and Hall Textbook of Medical Physiology</i>. 14th ed. Elsevier; 2021.',
    );
    expect(ama.reference({ ...book, title: 'Fish & <Chips>' }, 'html')).toContain(
      'Fish &#38; &#60;Chips&#62;',
    );
  });
});

describe('Vancouver (NLM Citing Medicine) reference list', () => {
  it('formats a journal article, a web page and a book as the style prescribes', () => {
    const list = vancouver.bibliography([article, webPage, book]);
    // Journal article. Same name form, but et-al-min="7" with et-al-use-first="6":
    // six authors, then "et al.". Short journal title without periods, then the
    // date in the style's own locale form "year month" ("2022 Oct"; no day given),
    // ";volume(issue):pages" with page-range-format="minimal" and a hyphen ("2124-32";
    // Vetted's copy of the style sets the page-range delimiter, as Citing Medicine
    // writes it). With a DOI there is no "[Internet]" and no "Available from"; the
    // reference ends there: Vetted's copy prints neither the DOI nor "PubMed PMID".
    expect(list[0]?.text).toBe(
      'Mackensen A, Müller F, Mougiakakos D, Böltz S, Wilhelm A, Aigner M, et al. Anti-CD19 CAR T cell therapy for refractory systemic lupus erythematosus. Nat Med. 2022 Oct;28(10):2124-32.',
    );
    // Web page inside a site (Citing Medicine ch. 25): the author, then the site's
    // name as the title followed by "[Internet]" (type-of-medium, since it has a URL),
    // then the date macro's default branch: the year only, then "[cited" + the
    // access date in the locale form "2025 Mar 1" + "]". The page's own title comes
    // next (webpage-part), then "Available from: URL" with no final period.
    expect(list[1]?.text).toBe(
      'National Cancer Institute. National Cancer Institute [Internet]. 2022 [cited 2025 Mar 1]. CAR T Cells: Engineering Patients’ Immune Cells to Treat Their Cancers. Available from: https://www.cancer.gov/about-cancer/treatment/research/car-t-cells',
    );
    // Book: no italics and no title-casing in this style; the edition label
    // "14th ed."; then "Place: Publisher; year." (publisher macro with the place
    // joined by ": ", then "; " and the year-only date).
    expect(list[2]?.text).toBe(
      'Hall JE, Hall ME. Guyton and Hall Textbook of Medical Physiology. 14th ed. Philadelphia: Elsevier; 2021.',
    );
  });
});

describe('reference lists from numbering', () => {
  const parsed = parseReferences(
    readFileSync(
      join(__dirname, '../../../tests/fixtures/car-t-autoimmune/references.json'),
      'utf8',
    ),
  );
  const body = doc(
    p('CAR T ', cite('nci-car-t'), ' in autoimmunity ', cite('schett2024')),
    p('Lupus ', cite('mackensen2022'), ' and more ', cite('muller2024', 'mackensen2022')),
  );

  it('lists sources in order of first citation, each with its source id and number', () => {
    const numbering = numberCitations(
      collectCitations(body),
      parsed.entries.map((entry) => entry.id),
      'first-citation',
    );
    const list = formatReferenceList(numbering, parsed.entries, ama);
    expect(list.map((entry) => `${entry.number} ${entry.id}`)).toEqual([
      '1 nci-car-t',
      '2 schett2024',
      '3 mackensen2022',
      '4 muller2024',
    ]);
    expect(referenceListText(list).split('\n')[1]).toBe(
      '2. Schett G, et al. Advancements and challenges in CAR T cell therapy in autoimmune diseases. Nat Rev Rheumatol. 2024;20(9):531-544. doi:10.1038/s41584-024-01139-z',
    );
  });

  it('renumbers without losing text when the order changes, and shows edits at once', () => {
    const reversed = ama.bibliography([book, article]);
    expect(reversed.map((entry) => entry.id)).toEqual(['hall2021', 'mackensen2022']);
    expect(reversed[1]?.text).toMatch(/^Mackensen A, Müller F, Mougiakakos D, et al\./);
    const edited = ama.bibliography([{ ...article, title: 'A corrected title' }]);
    expect(edited[0]?.text).toContain('et al. A corrected title. Nat Med.');
  });

  it('formats one source without a number for hover cards', () => {
    expect(ama.reference(book)).toBe(
      'Hall JE, Hall ME. Guyton and Hall Textbook of Medical Physiology. 14th ed. Elsevier; 2021.',
    );
    expect(vancouver.reference(book, 'html')).toBe(
      'Hall JE, Hall ME. Guyton and Hall Textbook of Medical Physiology. 14th ed. Philadelphia: Elsevier; 2021.',
    );
  });
});

describe('createCitationFormatter', () => {
  it('refuses style XML it cannot read', () => {
    expect(() =>
      createCitationFormatter({ styleXml: '<not-a-style/>', localeXml }).bibliography([book]),
    ).toThrow(/CSL style could not be read/);
  });
});

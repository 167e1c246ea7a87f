import { describe, expect, it } from 'vitest';
import { emptySourceForm, validateSourceForm, type SourceFormValues } from './source-form';
import { formToSource, sourceToForm } from './source-form-csl';
import { type CslItem, unknownEvidence } from './source';

const filled = (fields: Partial<SourceFormValues>): SourceFormValues => ({
  ...emptySourceForm(),
  title: 'CD19 CAR T-Cell Therapy in Autoimmune Disease',
  ...fields,
});

describe('validateSourceForm', () => {
  it('accepts a complete journal article and normalises identifiers', () => {
    const result = validateSourceForm(
      filled({
        authors: 'Müller, Fabian\nTaubmann, Jule\nCAR T Study Group',
        journal: 'N Engl J Med',
        year: '2024',
        volume: '390',
        issue: '8',
        pages: '687-700',
        doi: 'https://doi.org/10.1056/NEJMoa2308917',
        pmid: 'PMID: 38381673',
        url: 'https://www.nejm.org/doi/full/10.1056/NEJMoa2308917',
        accessed: '2025-03-01',
        design: 'case-series',
        participants: '1,204',
        peerReviewed: 'yes',
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({
      doi: '10.1056/NEJMoa2308917',
      pmid: '38381673',
      participants: 1204,
    });
  });

  it('says what is wrong with each field in plain words', () => {
    const result = validateSourceForm(
      filled({
        title: '  ',
        year: '24',
        doi: '10.1056',
        pmid: '3838-1673',
        url: 'www.nejm.org',
        accessed: '2025-02-30',
        participants: 'about 20',
      }),
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        title: 'Enter the title',
        year: 'Enter the year as four digits, e.g. 2024',
        doi: 'A DOI looks like 10.1056/NEJMoa2308917 (a https://doi.org/ link works too)',
        pmid: 'A PMID is digits only, e.g. 38381673',
        url: 'Enter a full web address starting with https:// or http://',
        accessed: 'This date does not exist',
        participants: 'Enter the number of participants as a whole number, e.g. 1204',
      },
    });
  });

  it('rejects impossible years, other link schemes, and web pages without an address', () => {
    const errors = (values: SourceFormValues) => {
      const result = validateSourceForm(values);
      return result.ok ? {} : result.errors;
    };
    expect(errors(filled({ year: '3024' })).year).toBe('Enter the year as four digits, e.g. 2024');
    expect(errors(filled({ url: 'javascript:alert(1)' })).url).toBe(
      'Enter a full web address starting with https:// or http://',
    );
    expect(errors(filled({ type: 'webpage' })).url).toBe('A web page needs its address (URL)');
  });
});

describe('form ↔ CSL item', () => {
  it('turns a new form into a CSL item and evidence', () => {
    const result = validateSourceForm(
      filled({
        authors: 'Müller, Fabian\nNational Cancer Institute',
        journal: 'N Engl J Med',
        year: '2024',
        pages: '687-700',
        doi: 'doi:10.1056/NEJMoa2308917',
        accessed: '2025-03-01',
        design: 'case-series',
        participants: '15',
      }),
    );
    if (!result.ok) throw new Error('expected a valid form');
    expect(formToSource(result.data, { id: 'muller2024' })).toEqual({
      csl: {
        id: 'muller2024',
        type: 'article-journal',
        title: 'CD19 CAR T-Cell Therapy in Autoimmune Disease',
        author: [{ family: 'Müller', given: 'Fabian' }, { literal: 'National Cancer Institute' }],
        'container-title': 'N Engl J Med',
        page: '687-700',
        DOI: '10.1056/NEJMoa2308917',
        issued: { 'date-parts': [[2024]] },
        accessed: { 'date-parts': [[2025, 3, 1]] },
      },
      evidence: { design: 'case-series', participants: 15, peerReviewed: null, retracted: false },
    });
  });

  it('edits a stored source without losing what the form does not show', () => {
    const stored: CslItem = {
      id: 'vanderberg2019',
      type: 'paper-conference',
      title: 'Old title',
      author: [{ family: 'Berg', given: 'Anna', 'non-dropping-particle': 'van der' }],
      issued: { 'date-parts': [[2019, 6, 14]] },
      DOI: 'https://doi.org/10.1000/ABC',
      'event-title': 'Annual Meeting',
      abstract: 'An abstract the form has no field for.',
    };
    const form = sourceToForm(stored, { ...unknownEvidence(), design: 'cohort' });
    expect(form).toMatchObject({
      type: 'paper-conference',
      authors: 'van der Berg, Anna',
      year: '2019',
      doi: '10.1000/ABC',
      design: 'cohort',
    });
    const result = validateSourceForm({ ...form, title: 'New title', participants: '120' });
    if (!result.ok) throw new Error('expected a valid form');
    const { csl, evidence } = formToSource(result.data, { id: stored.id, base: stored });
    expect(csl).toEqual({ ...stored, title: 'New title' });
    expect(evidence).toEqual({
      design: 'cohort',
      participants: 120,
      peerReviewed: null,
      retracted: false,
    });

    const cleared = validateSourceForm({ ...form, year: '2020', doi: '' });
    if (!cleared.ok) throw new Error('expected a valid form');
    const changed = formToSource(cleared.data, { id: stored.id, base: stored }).csl;
    expect(changed.issued).toEqual({ 'date-parts': [[2020]] });
    expect(changed.DOI).toBeUndefined();
    expect(changed.author).toEqual(stored.author);
  });

  it('shows types the form does not offer as "Other document" and keeps them', () => {
    const stored: CslItem = { id: 'x', type: 'legal_case', title: 'Roe v Wade' };
    const form = sourceToForm(stored, unknownEvidence());
    expect(form.type).toBe('document');
    const result = validateSourceForm(form);
    if (!result.ok) throw new Error('expected a valid form');
    expect(formToSource(result.data, { id: 'x', base: stored }).csl.type).toBe('legal_case');
  });
});

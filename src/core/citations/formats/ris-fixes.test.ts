import { describe, expect, it } from 'vitest';
import { parseReferences } from '../parse-references';

describe('RIS as databases export it', () => {
  it('reads a Web of Science year, a Cochrane PMID, an article number and Embase names', () => {
    const text = [
      'TY  -  JOUR',
      'TI  -  Sex hormones and lupus',
      'A1  - Eloubeidi M.A.',
      'A1  - World Health Organization WHO',
      'T2  - Frontiers in Medicine',
      'PY  - 2022',
      'DA  - AUG 11',
      'VL  - 9',
      'C7  - 906475',
      'DO  - 10.3389/fmed.2022.906475',
      'DO  - 10.3389/fmed.2022.906475',
      'C3  - PUBMED 28697043,EMBASE 617305812',
      'N1  - first note',
      'N1  - second note',
      'ER  - ',
      '',
    ].join('\n');
    const parsed = parseReferences(text);
    expect(parsed.problems).toEqual([]);
    const csl = parsed.entries[0]?.csl;
    expect(csl?.issued?.['date-parts']).toEqual([[2022]]);
    expect(csl?.page).toBe('906475');
    expect(csl?.PMID).toBe('28697043');
    expect(csl?.DOI).toBe('10.3389/fmed.2022.906475');
    expect(csl?.author).toEqual([
      { family: 'Eloubeidi', given: 'M.A.' },
      { literal: 'World Health Organization WHO' },
    ]);
    expect(csl?.note).toContain('second note');
  });
});

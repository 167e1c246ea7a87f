import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { isApiError } from '../../../src/core/api';
import { emptySourceForm } from '../../../src/core/citations/source-form';
import { createHarness, type Harness } from './harness';

let harness: Harness;
afterEach(() => harness?.close());

const references = readFileSync('tests/fixtures/car-t-autoimmune/references.json', 'utf8');
const ris = readFileSync('tests/fixtures/references/library.ris', 'utf8');

const journalForm = {
  ...emptySourceForm('article-journal'),
  authors: 'Müller, Fabian\nTaubmann, Jule',
  title: 'CD19 CAR T-Cell Therapy in Autoimmune Disease — A Case Series with Follow-up',
  journal: 'New England Journal of Medicine',
  year: '2024',
  volume: '390',
  issue: '8',
  pages: '687-700',
  doi: 'https://doi.org/10.1056/NEJMoa2308917',
  pmid: '38381673',
  design: 'case-series' as const,
  participants: '15',
};

describe('the reference library', () => {
  it('adds a source from the form to the library and to a draft', async () => {
    harness = createHarness();
    const { api } = harness;
    const draft = await api.drafts.create({ title: 'CAR-T' });
    const source = await api.sources.create({ form: journalForm, draftId: draft.id });
    expect(source.key).toBe('muller2024');
    expect(source.csl).toMatchObject({
      DOI: '10.1056/NEJMoa2308917',
      PMID: '38381673',
      id: 'muller2024',
    });
    expect(source.evidence).toMatchObject({
      design: 'case-series',
      participants: 15,
      retracted: false,
    });
    expect((await api.draftSources.list({ draftId: draft.id })).map((s) => s.id)).toEqual([
      source.id,
    ]);
    expect((await api.sources.search({ query: 'muller 2024' })).map((s) => s.id)).toEqual([
      source.id,
    ]);
    expect((await api.sources.search({ query: 'NEJMoa2308917' })).map((s) => s.id)).toEqual([
      source.id,
    ]);
    expect(await api.sources.search({ query: 'lupus' })).toEqual([]);
  });

  it('explains form mistakes field by field, and refuses duplicates', async () => {
    harness = createHarness();
    const { api, dispatch } = harness;
    const bad = await dispatch('sources.create', {
      form: { ...journalForm, doi: 'doi please', year: '24' },
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', path: ['form', 'year'] },
    });
    expect(JSON.stringify(bad)).toMatch(/A DOI looks like 10\.1056/);

    await api.sources.create({ form: journalForm });
    const again = await api.sources
      .create({ form: { ...journalForm, title: 'Other title' } })
      .catch((e: unknown) => e);
    expect(isApiError(again, 'conflict')).toBe(true);
    expect((again as Error).message).toMatch(/already in the library/);
  });

  it('imports a file in one go, reports duplicates and unreadable entries, and adds them to the draft', async () => {
    harness = createHarness();
    const { api } = harness;
    const draft = await api.drafts.create({ title: 'Imported' });
    const first = await api.sources.import({
      text: references,
      fileName: 'references.json',
      draftId: draft.id,
    });
    expect(first).toMatchObject({ imported: 4, skipped: 0, merged: 0, problems: [] });
    expect(first.summary).toBe('4 imported');
    expect((await api.draftSources.list({ draftId: draft.id })).map((s) => s.key)).toEqual([
      'nci-car-t',
      'mackensen2022',
      'muller2024',
      'schett2024',
    ]);
    const again = await api.sources.import({ text: references, duplicates: 'skip' });
    expect(again).toMatchObject({ imported: 0, skipped: 4 });
    expect(again.sources).toHaveLength(4);
    expect(await api.sources.search({})).toHaveLength(4);

    const risResult = await api.sources.import({ text: ris, fileName: 'library.ris' });
    expect(risResult.imported).toBeGreaterThan(0);
  });

  it('writes nothing when the file is unreadable, and says why', async () => {
    harness = createHarness();
    const { api } = harness;
    const garbage = await api.sources.import({
      text: '\u0000\u0001PNG binary junk',
      fileName: 'photo.png',
    });
    expect(garbage.imported).toBe(0);
    expect(garbage.summary).toMatch(/Nothing imported/);
    expect(await api.sources.search({})).toEqual([]);
  });

  it('keeps a draft list in order, removes and deletes sources, leaving citations to show them missing', async () => {
    harness = createHarness();
    const { api } = harness;
    const draft = await api.drafts.create({ title: 'Order' });
    const imported = await api.sources.import({ text: references, draftId: draft.id });
    const ids = imported.sources.map((s) => s.id);
    const reordered = await api.draftSources.reorder({
      draftId: draft.id,
      sourceIds: [ids[3] ?? '', ids[0] ?? ''],
    });
    expect(reordered.map((s) => s.id)).toEqual([ids[3], ids[0], ids[1], ids[2]]);
    const removed = await api.draftSources.remove({ draftId: draft.id, sourceId: ids[0] ?? '' });
    expect(removed.map((s) => s.id)).toEqual([ids[3], ids[1], ids[2]]);
    const deleted = await api.sources.delete({ id: ids[1] ?? '' });
    expect(deleted.draftsAffected).toBe(1);
    expect((await api.draftSources.list({ draftId: draft.id })).map((s) => s.id)).toEqual([
      ids[3],
      ids[2],
    ]);

    const copy = await api.drafts.duplicate({ id: draft.id });
    expect((await api.draftSources.list({ draftId: copy.id })).map((s) => s.id)).toEqual([
      ids[3],
      ids[2],
    ]);
  });
});

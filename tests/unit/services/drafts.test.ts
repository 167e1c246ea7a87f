import { afterEach, describe, expect, it } from 'vitest';
import { isApiError } from '../../../src/core/api';
import { a, b, doc, h2, li, p, ul } from '../../../src/core/document/builders';
import { emptyMetadata } from '../../../src/core/document/metadata';
import { createHarness, type Harness } from './harness';

let harness: Harness;
afterEach(() => harness?.close());

const body = doc(
  h2('Statins'),
  p('Statins lower ', ...b('cholesterol'), ' and the risk of heart attack.'),
  ul(li('Muscle aches')),
);

describe('drafts', () => {
  it('creates, saves and reads a draft, deriving word count and slug', async () => {
    harness = createHarness();
    const { api } = harness;
    const created = await api.drafts.create({ title: 'Statins explained' });
    expect(created).toMatchObject({
      revision: 1,
      status: 'draft',
      wordCount: 0,
      title: 'Statins explained',
    });
    expect(created.metadata.slug).toBe('statins-explained');

    const saved = await api.drafts.save({
      id: created.id,
      baseRevision: 1,
      metadata: { ...created.metadata, title: 'Statins: the facts', category: 'Heart health' },
      doc: body,
    });
    expect(saved).toMatchObject({ revision: 2, wordCount: 12 });
    const loaded = await api.drafts.get({ id: created.id });
    expect(loaded.doc).toEqual(body);
    expect(loaded.metadata.slug).toBe('statins-the-facts');
    expect(loaded).toMatchObject({
      title: 'Statins: the facts',
      category: 'Heart health',
      revision: 2,
    });
  });

  it('refuses a save based on a stale revision, with the current one in the error', async () => {
    harness = createHarness();
    const { api } = harness;
    const draft = await api.drafts.create({ title: 'Two windows' });
    await api.drafts.save({ id: draft.id, baseRevision: 1, doc: doc(p('first window')) });
    const error = await api.drafts
      .save({ id: draft.id, baseRevision: 1, doc: doc(p('second window')) })
      .catch((reason: unknown) => reason);
    expect(isApiError(error, 'conflict')).toBe(true);
    expect(error).toMatchObject({ details: { currentRevision: 2 } });
    expect((await api.drafts.get({ id: draft.id })).doc).toEqual(doc(p('first window')));
  });

  it('refuses a body that does not fit the schema, and keeps the stored one', async () => {
    harness = createHarness();
    const { api } = harness;
    const draft = await api.drafts.create({ title: 'Schema', doc: doc(p('kept')) });
    const error = await api.drafts
      .save({ id: draft.id, baseRevision: 1, doc: { type: 'doc', content: [{ type: 'table' }] } })
      .catch((reason: unknown) => reason);
    expect(isApiError(error, 'invalid_input')).toBe(true);
    expect((await api.drafts.get({ id: draft.id })).doc).toEqual(doc(p('kept')));
  });

  it('answers bad input on the contract with structured errors', async () => {
    harness = createHarness();
    expect(await harness.dispatch('drafts.get', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', path: ['id'] },
    });
    expect(
      await harness.dispatch('drafts.save', { id: 'x', baseRevision: -1, doc: {} }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await harness.dispatch('drafts.save', { id: 'x', baseRevision: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/metadata, doc or both/) },
    });
    expect(await harness.dispatch('drafts.get', { id: 'missing' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await harness.dispatch('drafts.create', { title: 7 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', path: ['title'] },
    });
  });

  it('lists newest edits first, duplicates, renames, trashes, restores and deletes for good', async () => {
    harness = createHarness();
    const { api, advance } = harness;
    const older = await api.drafts.create({ title: 'Older', doc: doc(p('one two three')) });
    advance(1000);
    const newer = await api.drafts.create({ title: 'Newer' });
    expect((await api.drafts.list({})).map((d) => d.title)).toEqual(['Newer', 'Older']);
    advance(1000);
    await api.drafts.save({ id: older.id, baseRevision: 1, doc: doc(p('one two three four')) });
    expect((await api.drafts.list({})).map((d) => d.title)).toEqual(['Older', 'Newer']);

    const copy = await api.drafts.duplicate({ id: older.id });
    expect(copy).toMatchObject({ title: 'Older (copy)', revision: 1, wordCount: 4 });
    expect((await api.drafts.get({ id: copy.id })).doc).toEqual(doc(p('one two three four')));

    const renamed = await api.drafts.rename({ id: newer.id, title: 'Brand new name' });
    expect(renamed.revision).toBe(2);
    expect((await api.drafts.get({ id: newer.id })).metadata.slug).toBe('brand-new-name');

    const refused = await api.drafts
      .deleteForever({ id: copy.id })
      .catch((reason: unknown) => reason);
    expect(isApiError(refused, 'forbidden')).toBe(true);

    await api.drafts.trash({ id: copy.id });
    expect((await api.drafts.list({})).map((d) => d.id)).not.toContain(copy.id);
    expect((await api.drafts.list({ trash: true })).map((d) => d.id)).toEqual([copy.id]);
    await api.drafts.restore({ id: copy.id });
    expect(await api.drafts.list({ trash: true })).toEqual([]);
    await api.drafts.trash({ id: copy.id });
    await api.drafts.deleteForever({ id: copy.id });
    expect(
      isApiError(await api.drafts.get({ id: copy.id }).catch((e: unknown) => e), 'not_found'),
    ).toBe(true);
  });

  it('keeps the audit trail append-only, even for a draft deleted for good', async () => {
    harness = createHarness();
    const { api } = harness;
    const draft = await api.drafts.create({ title: 'Audited' });
    await api.drafts.trash({ id: draft.id });
    await api.drafts.deleteForever({ id: draft.id });
    const library = harness.context.host.library();
    expect(library.audit.list(draft.id).map((row) => row.action)).toEqual([
      'draft-trashed',
      'draft-deleted',
    ]);
    expect(() => library.db.prepare("UPDATE audit SET actor = 'someone else'").run()).toThrow(
      /append-only/,
    );
    expect(() => library.db.prepare('DELETE FROM audit').run()).toThrow(/append-only/);
    expect(library.audit.list(draft.id)).toHaveLength(2);
  });

  it('creates a draft from given metadata and body', async () => {
    harness = createHarness();
    const metadata = {
      ...emptyMetadata('Imported'),
      authors: ['Dr Ana Silva'],
      category: 'Immune Health',
    };
    const draft = await harness.api.drafts.create({
      title: 'ignored',
      metadata,
      doc: doc(p('Hello ', ...a('https://nhs.uk', 'NHS'))),
    });
    expect(draft).toMatchObject({ title: 'Imported', category: 'Immune Health', wordCount: 2 });
    expect(draft.metadata.authors).toEqual(['Dr Ana Silva']);
  });
});

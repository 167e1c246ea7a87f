import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/core/api';
import { makeDocx } from '../../fixtures/transfer/make-docx';
import { createHarness, type Harness } from './harness';

const folder = join(import.meta.dirname, '../../fixtures/car-t-autoimmune');
const article = readFileSync(join(folder, 'article.md'));
const references = readFileSync(join(folder, 'references.json'), 'utf8');
const base64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  await h.api.profile.set({ name: 'Ed Editor', initials: 'EE', role: 'editor' });
});
afterEach(() => h.close());

const importReference = () =>
  h.api.transfer.importDocument({
    fileName: 'article.md',
    dataBase64: base64(article),
    bibliographies: [{ fileName: 'references.json', text: references }],
  });

describe('importing files as drafts', () => {
  it('imports the reference article with its 4 sources and 14 citations', async () => {
    const result = await importReference();
    expect(result).toMatchObject({
      format: 'markdown',
      citations: 14,
      sourcesAdded: 4,
      sourcesReused: 0,
      notices: [],
    });
    expect(result.summary).toBe(
      'Imported “CAR-T Beyond Cancer: the Autoimmune Frontier”: 14 citations, 4 sources added. Everything was kept.',
    );
    const draft = await h.api.drafts.get({ id: result.draft.id });
    expect(draft.metadata.category).toBe('Immune Health');
    const sources = await h.api.draftSources.list({ draftId: result.draft.id });
    expect(sources.map((source) => source.key)).toEqual([
      'nci-car-t',
      'schett2024',
      'mackensen2022',
      'muller2024',
    ]);
    // Citation nodes point at the library's ids, not the file's keys.
    expect(JSON.stringify(draft.doc)).toContain(`"sourceIds":["${sources[0]?.id}"]`);
    const audit = await h.api.audit.list({ draftId: result.draft.id });
    expect(audit.map((entry) => entry.action)).toContain('draft-imported');
  });

  it('reuses sources the library already has when the same article comes in twice', async () => {
    await importReference();
    const second = await importReference();
    expect(second).toMatchObject({ sourcesAdded: 0, sourcesReused: 4 });
    expect(await h.api.sources.search({})).toHaveLength(4);
  });

  it('imports a Word document and says what it could not keep', async () => {
    const result = await h.api.transfer.importDocument({
      fileName: 'lupus.docx',
      dataBase64: base64(await makeDocx()),
    });
    expect(result.format).toBe('docx');
    expect(result.draft.title).toBe('Living with lupus');
    expect(result.notices).toEqual(['a table was kept as text, one paragraph per row']);
    const draft = await h.api.drafts.get({ id: result.draft.id });
    expect(JSON.stringify(draft.doc)).toContain('"href":"https://www.nhs.uk/conditions/lupus/"');
  });

  it('refuses bad files plainly and stores nothing', async () => {
    const before = await h.api.drafts.list({});
    const attempts = [
      { fileName: 'broken.docx', dataBase64: base64((await makeDocx()).subarray(0, 400)) },
      {
        fileName: 'photo.md',
        dataBase64: base64(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2])),
      },
      { fileName: 'empty.html', dataBase64: '' },
      { fileName: 'report.pdf', dataBase64: base64('%PDF-1.7 …') },
      { fileName: 'old.doc', dataBase64: base64('\u00d0\u00cf\u0011\u00e0') },
    ];
    const messages: string[] = [];
    for (const attempt of attempts) {
      const error = await h.api.transfer.importDocument(attempt).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe('bad_file');
      messages.push((error as ApiError).message);
    }
    expect(messages).toEqual([
      expect.stringMatching(/^The Word file could not be read \(it may be damaged or truncated\)/),
      'This is not a Markdown file: it contains binary data.',
      'The file is empty: there is no HTML to import.',
      expect.stringMatching(/^PDF files cannot be imported/),
      expect.stringMatching(/^Old Word \.doc files cannot be read/),
    ]);
    expect(await h.api.drafts.list({})).toEqual(before);
    expect(await h.api.sources.search({})).toEqual([]);
  });
});

describe('exporting drafts', () => {
  const cureDraft = async () => {
    const draft = await h.api.drafts.create({ title: 'Lupus news' });
    await h.api.drafts.save({
      id: draft.id,
      baseRevision: draft.revision,
      doc: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'This treatment cures lupus.' }] },
        ],
      },
    });
    return draft.id;
  };

  it('previews and exports without touching the audit trail until the real export', async () => {
    const { draft } = await importReference();
    const preview = await h.api.transfer.preview({
      draftId: draft.id,
      options: { format: 'html', citations: 'numbered', standalone: false },
    });
    expect(preview[0]?.name).toBe('car-t-beyond-cancer-the-autoimmune-frontier.fragment.html');
    expect(preview[0]?.content).toContain('<li id="ref-4">Müller F, et al.');
    expect(
      (await h.api.audit.list({ draftId: draft.id })).map((entry) => entry.action),
    ).not.toContain('exported');
    const exported = await h.api.transfer.exportDraft({
      draftId: draft.id,
      options: { format: 'markdown', citations: 'pandoc', standalone: true },
    });
    expect(exported.files.map((file) => file.name)).toEqual([
      'car-t-beyond-cancer-the-autoimmune-frontier.md',
      'car-t-beyond-cancer-the-autoimmune-frontier.json',
    ]);
    const audit = await h.api.audit.list({ draftId: draft.id });
    expect(audit.at(-1)).toMatchObject({
      action: 'exported',
      detail: { format: 'Markdown', citations: 'pandoc' },
    });
  });

  it('blocks an export with compliance errors, lists them, and lets an editor override with a reason', async () => {
    const draftId = await cureDraft();
    const preflight = await h.api.transfer.preflight({ draftId });
    expect(preflight.errors.map((finding) => finding.ruleId)).toEqual(['cure-claim']);
    expect(preflight.canOverride).toBe(true);
    const blocked = await h.api.transfer
      .exportDraft({
        draftId,
        options: { format: 'html', citations: 'numbered', standalone: true },
      })
      .catch((error: unknown) => error as ApiError);
    expect(blocked).toMatchObject({ code: 'forbidden' });
    expect((blocked as ApiError).message).toMatch(
      /^A compliance error blocks this export: “cures” claims/,
    );
    const overridden = await h.api.transfer.exportDraft({
      draftId,
      options: { format: 'html', citations: 'numbered', standalone: true },
      overrideReason: 'Quoting the trial sponsor verbatim; legal signed off',
    });
    expect(overridden.files).toHaveLength(1);
    const entry = (await h.api.audit.list({ draftId })).at(-1);
    expect(entry).toMatchObject({
      action: 'exported',
      actor: 'Ed Editor',
      detail: {
        override: 'Quoting the trial sponsor verbatim; legal signed off',
        errors: 1,
        ruleIds: ['cure-claim'],
      },
    });
    expect(entry?.summary).toBe(
      'Exported as HTML page despite 1 compliance error: “Quoting the trial sponsor verbatim; legal signed off”',
    );
  });

  it('does not let a writer override compliance errors', async () => {
    await h.api.profile.set({ name: 'Will Writer', initials: 'WW', role: 'writer' });
    const draftId = await cureDraft();
    expect((await h.api.transfer.preflight({ draftId })).canOverride).toBe(false);
    const refused = await h.api.transfer
      .exportDraft({
        draftId,
        options: { format: 'markdown', citations: 'numbered', standalone: true },
        overrideReason: 'please',
      })
      .catch((error: unknown) => error as ApiError);
    expect(refused).toMatchObject({
      code: 'forbidden',
      message: 'Only an editor can export a draft that has compliance errors.',
    });
  });

  it('publishes an approved draft when an editor exports it, and only then', async () => {
    const { draft } = await importReference();
    const options = { format: 'html' as const, citations: 'numbered' as const, standalone: true };
    const notApproved = await h.api.transfer
      .exportDraft({ draftId: draft.id, options, publish: true })
      .catch((error: unknown) => error as ApiError);
    expect(notApproved).toMatchObject({
      code: 'forbidden',
      message: 'Only an approved draft can be published.',
    });
    await h.api.workflow.transition({ draftId: draft.id, to: 'in-review' });
    await h.api.profile.set({ name: 'Rita Reviewer', initials: 'RR', role: 'reviewer' });
    await h.api.workflow.transition({ draftId: draft.id, to: 'approved' });
    await h.api.profile.set({ name: 'Ed Editor', initials: 'EE', role: 'editor' });
    expect((await h.api.transfer.preflight({ draftId: draft.id })).canPublish).toBe(true);
    const published = await h.api.transfer.exportDraft({
      draftId: draft.id,
      options,
      publish: true,
    });
    expect(published.published).toBe(true);
    expect((await h.api.drafts.get({ id: draft.id })).status).toBe('published');
    const actions = (await h.api.audit.list({ draftId: draft.id })).map((entry) => entry.action);
    expect(actions.slice(-2)).toEqual(['exported', 'status-changed']);
  });
});

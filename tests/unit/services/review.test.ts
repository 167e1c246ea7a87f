import { afterEach, describe, expect, it } from 'vitest';
import { isApiError, type VettedApi } from '../../../src/core/api';
import { doc, p } from '../../../src/core/document/builders';
import { createHarness, type Harness } from './harness';

const harnesses: Harness[] = [];
afterEach(() => harnesses.splice(0).forEach((h) => h.close()));
const make = () => {
  const harness = createHarness();
  harnesses.push(harness);
  return harness;
};

const commented = (threadId: string, before: string, quote: string, after: string) =>
  doc(
    p(
      before,
      { type: 'text', text: quote, marks: [{ type: 'comment', attrs: { threadId } }] },
      after,
    ),
  );

async function writerWithDraft(api: VettedApi) {
  await api.profile.set({ name: 'Wendy Writer', initials: 'ww', role: 'writer' });
  return api.drafts.create({
    title: 'Lupus and CAR-T',
    doc: doc(p('CAR-T may reset the immune system in lupus.')),
  });
}

describe('profile and comments', () => {
  it('needs a profile before commenting, then keeps threads, replies and their status', async () => {
    const { api } = make();
    const draft = await api.drafts.create({ title: 'Draft' });
    const refused = await api.comments
      .start({ draftId: draft.id, threadId: 't1', quote: 'x', body: 'Hi' })
      .catch((e: unknown) => e);
    expect(isApiError(refused, 'forbidden')).toBe(true);

    expect(await api.profile.get({})).toBeNull();
    const me = await api.profile.set({ name: 'Rita Reviewer', initials: 'rr', role: 'reviewer' });
    expect(me).toMatchObject({ name: 'Rita Reviewer', initials: 'RR', role: 'reviewer' });

    await api.comments.start({
      draftId: draft.id,
      threadId: 't1',
      quote: 'reset the immune system',
      body: 'Source?',
    });
    await api.comments.reply({ threadId: 't1', body: 'Schett 2024, narrative review.' });
    let view = await api.comments.resolve({ threadId: 't1' });
    expect(view.threads[0]).toMatchObject({
      status: 'resolved',
      resolvedBy: { name: 'Rita Reviewer' },
    });
    expect(view.comments.map((c) => c.body)).toEqual(['Source?', 'Schett 2024, narrative review.']);
    view = await api.comments.reopen({ threadId: 't1' });
    expect(view.threads[0]).toMatchObject({ status: 'open', resolvedBy: null });
    expect(
      await api.profile.set({ name: 'Rita R.', initials: 'RR', role: 'editor' }),
    ).toMatchObject({ id: me.id });
  });
});

describe('workflow', () => {
  it('gates approval on role and open threads, asks a reason to go back, and audits every step', async () => {
    const { api } = make();
    const draft = await writerWithDraft(api);
    await api.workflow.transition({ draftId: draft.id, to: 'in-review' });
    await api.comments.start({
      draftId: draft.id,
      threadId: 't1',
      quote: 'may reset',
      body: 'Hedge is good.',
    });

    const writerTries = await api.workflow.check({ draftId: draft.id, to: 'approved' });
    expect(writerTries.allowed).toBe(false);
    expect(writerTries.blockers.map((b) => b.code).sort()).toEqual(['open-threads', 'role']);
    const refused = await api.workflow
      .transition({ draftId: draft.id, to: 'approved' })
      .catch((e: unknown) => e);
    expect(isApiError(refused, 'forbidden')).toBe(true);
    expect((refused as Error).message).toMatch(/reviewer/i);

    await api.profile.set({ name: 'Rita Reviewer', initials: 'RR', role: 'reviewer' });
    await api.comments.resolve({ threadId: 't1' });
    const approved = await api.workflow.transition({
      draftId: draft.id,
      to: 'approved',
      statement: 'Checked against sources.',
    });
    expect(approved.status).toBe('approved');
    expect((await api.workflow.signOffs({ draftId: draft.id }))[0]).toMatchObject({
      statement: 'Checked against sources.',
      signer: { name: 'Rita Reviewer' },
    });

    const noReason = await api.workflow.check({ draftId: draft.id, to: 'draft' });
    expect(noReason.blockers.map((b) => b.code)).toContain('reason');
    await api.workflow.transition({ draftId: draft.id, to: 'draft', reason: 'New trial data' });

    // Thread actions are audited too (tests/unit/services/gates.test.ts); this test follows the workflow.
    const trail = (await api.audit.list({ draftId: draft.id })).filter(
      (entry) => !entry.action.startsWith('thread-'),
    );
    expect(trail.map((entry) => entry.action)).toEqual([
      'status-changed',
      'status-changed',
      'signed-off',
      'status-changed',
    ]);
    expect(trail.map((entry) => entry.summary)).toEqual([
      'Changed the status from Draft to In review',
      'Changed the status from In review to Approved',
      'Signed off revision 1: “Checked against sources.”',
      'Changed the status from Approved to Draft: “New trial data”',
    ]);
    expect(trail[0]?.actor).toBe('Wendy Writer');
    expect(trail[1]?.actor).toBe('Rita Reviewer');

    const csv = await api.audit.exportCsv({ draftId: draft.id });
    expect(csv.fileName).toBe('lupus-and-car-t-audit-trail.csv');
    const lines = csv.csv
      .trimEnd()
      .split('\r\n')
      .filter((line) => !line.includes(',thread-'));
    expect(lines[0]).toBe('time,who,action,what,detail');
    expect(lines).toHaveLength(5);
    expect(lines[3]).toContain('Signed off revision 1: “Checked against sources.”');
    expect(lines[4]).toContain(',Changed the status from Approved to Draft: “New trial data”,');
  });
});

describe('review packages', () => {
  it('goes to a reviewer and back: comments, suggestions and the sign-off merge into the writer’s draft', async () => {
    const writer = make();
    const reviewer = make();
    const draft = await writerWithDraft(writer.api);
    const sent = await writer.api.reviewPackages.create({ draftId: draft.id });
    expect(sent.fileName).toMatch(/\.vetted-review\.json$/);

    await reviewer.api.profile.set({ name: 'Rita Reviewer', initials: 'RR', role: 'reviewer' });
    const opened = await reviewer.api.reviewPackages.import({ content: sent.content });
    expect(opened).toMatchObject({ mode: 'opened', draftId: draft.id });
    const theirs = await reviewer.api.drafts.get({ id: draft.id });
    const reviewed = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'CAR-T ' },
            { type: 'text', text: 'may', marks: [{ type: 'comment', attrs: { threadId: 'rt1' } }] },
            { type: 'text', text: ' reset the immune system in ' },
            {
              type: 'text',
              text: 'severe ',
              marks: [
                {
                  type: 'insertion',
                  attrs: {
                    id: 's1',
                    authorId: 'r',
                    authorName: 'Rita Reviewer',
                    createdAt: '2026-11-24T10:00:00.000Z',
                  },
                },
              ],
            },
            { type: 'text', text: 'lupus.' },
          ],
        },
      ],
    };
    await reviewer.api.drafts.save({ id: draft.id, baseRevision: theirs.revision, doc: reviewed });
    await reviewer.api.comments.start({
      draftId: draft.id,
      threadId: 'rt1',
      quote: 'may',
      body: 'Good hedge; keep it.',
    });
    const back = await reviewer.api.reviewPackages.create({ draftId: draft.id });

    // Meanwhile the writer added a sentence.
    const current = await writer.api.drafts.get({ id: draft.id });
    await writer.api.drafts.save({
      id: draft.id,
      baseRevision: current.revision,
      doc: doc(p('CAR-T may reset the immune system in lupus.'), p('Trials are small.')),
    });

    const merged = await writer.api.reviewPackages.import({ content: back.content });
    expect(merged.mode).toBe('merged');
    expect(merged.conflicts).toEqual([]);
    expect(merged.summary).toBe('Merged 1 new thread, 1 comment, 1 suggestion');
    const after = await writer.api.drafts.get({ id: draft.id });
    const json = JSON.stringify(after.doc);
    expect(json).toContain('Trials are small.');
    expect(json).toContain('"insertion"');
    expect(json).toContain('"threadId":"rt1"');
    expect((await writer.api.comments.list({ draftId: draft.id })).comments[0]?.body).toBe(
      'Good hedge; keep it.',
    );
    expect((await writer.api.versions.list({ draftId: draft.id }))[0]?.name).toBe(
      'Before merging the review from Rita Reviewer',
    );

    const again = await writer.api.reviewPackages
      .import({ content: back.content })
      .catch((e: unknown) => e);
    expect(isApiError(again, 'conflict')).toBe(true);
    const trail = (await writer.api.audit.list({ draftId: draft.id })).map((e) => e.action);
    expect(trail).toEqual(['review-sent', 'review-merged']);
  });

  it('reports a conflict when the anchored text changed meanwhile, and keeps the thread', async () => {
    const writer = make();
    const reviewer = make();
    const draft = await writerWithDraft(writer.api);
    const sent = await writer.api.reviewPackages.create({ draftId: draft.id });
    await reviewer.api.profile.set({ name: 'Rita Reviewer', initials: 'RR', role: 'reviewer' });
    await reviewer.api.reviewPackages.import({ content: sent.content });
    const theirs = await reviewer.api.drafts.get({ id: draft.id });
    await reviewer.api.drafts.save({
      id: draft.id,
      baseRevision: theirs.revision,
      doc: commented('rt9', 'CAR-T ', 'may reset the immune system', ' in lupus.'),
    });
    await reviewer.api.comments.start({
      draftId: draft.id,
      threadId: 'rt9',
      quote: 'may reset the immune system',
      body: 'Cite this.',
    });
    const back = await reviewer.api.reviewPackages.create({ draftId: draft.id });

    const current = await writer.api.drafts.get({ id: draft.id });
    await writer.api.drafts.save({
      id: draft.id,
      baseRevision: current.revision,
      doc: doc(p('Completely rewritten paragraph about trials.')),
    });
    const merged = await writer.api.reviewPackages.import({ content: back.content });
    expect(merged.conflicts).toHaveLength(1);
    expect(merged.conflicts[0]).toMatchObject({
      kind: 'thread',
      quote: 'may reset the immune system',
    });
    expect(
      (await writer.api.comments.list({ draftId: draft.id })).threads.map((t) => t.id),
    ).toEqual(['rt9']);
  });

  it('refuses a tampered or damaged package and changes nothing', async () => {
    const writer = make();
    const draft = await writerWithDraft(writer.api);
    const sent = await writer.api.reviewPackages.create({ draftId: draft.id });
    const tampered = sent.content.replace('reset the immune system', 'cure lupus');
    const reviewer = make();
    await reviewer.api.profile.set({ name: 'Rita Reviewer', initials: 'RR', role: 'reviewer' });
    for (const content of [
      tampered,
      sent.content.slice(0, 200),
      'not json at all',
      '{"format":"something-else"}',
    ]) {
      const refused = await reviewer.api.reviewPackages
        .import({ content })
        .catch((e: unknown) => e);
      expect(isApiError(refused, 'bad_file')).toBe(true);
    }
    expect(await reviewer.api.drafts.list({})).toEqual([]);
  });
});

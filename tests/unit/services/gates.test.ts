import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../../src/core/api';
import { createHarness, type Harness } from './harness';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  await h.api.profile.set({ name: 'Ed Editor', initials: 'EE', role: 'editor' });
});
afterEach(() => h.close());

const text = (value: string, marks?: unknown[]) =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };

async function draftWith(...runs: ReturnType<typeof text>[]): Promise<string> {
  const draft = await h.api.drafts.create({ title: 'Lupus news' });
  await h.api.drafts.save({
    id: draft.id,
    baseRevision: draft.revision,
    doc: { type: 'doc', content: [{ type: 'paragraph', content: runs }] },
  });
  return draft.id;
}

const pendingDeletion = {
  type: 'deletion',
  attrs: {
    id: 's1',
    authorId: 'r1',
    authorName: 'Rita Reviewer',
    createdAt: '2026-12-01T10:00:00Z',
  },
};
const markdown = { format: 'markdown', citations: 'numbered', standalone: true } as const;

describe('the export gate judges the text an export contains', () => {
  it('counts an error under a pending deletion, and the export keeps the sentence', async () => {
    const draftId = await draftWith(
      text('Steroids help many people. '),
      text('Stop taking your steroids once you feel better.', [pendingDeletion]),
    );
    const preflight = await h.api.transfer.preflight({ draftId });
    expect(preflight.errors.map((finding) => finding.excerpt).join(' ')).toContain('Stop taking');
    const refused = await h.api.transfer
      .exportDraft({ draftId, options: markdown })
      .catch((error: unknown) => error as ApiError);
    expect(refused).toMatchObject({ code: 'forbidden' });
    const exported = await h.api.transfer.exportDraft({
      draftId,
      options: markdown,
      overrideReason: 'The sentence is quoted as a dangerous myth and rebutted.',
    });
    expect(exported.files[0]?.content).toContain('Stop taking your steroids');
  });
});

describe('override reasons', () => {
  it('refuses a one-word override and exports nothing', async () => {
    const draftId = await draftWith(text('This treatment cures lupus.'));
    const before = (await h.api.audit.list({ draftId })).length;
    const refused = await h.api.transfer
      .exportDraft({ draftId, options: markdown, overrideReason: 'ok' })
      .catch((error: unknown) => error as ApiError);
    expect(refused).toMatchObject({ code: 'invalid_input', path: ['overrideReason'] });
    expect((refused as ApiError).message).toContain('“ok” is too short');
    expect(await h.api.audit.list({ draftId })).toHaveLength(before);
  });
});

describe('the audit records each review action once', () => {
  const insertion = {
    type: 'insertion',
    attrs: {
      id: 's2',
      authorId: 'r1',
      authorName: 'Rita Reviewer',
      createdAt: '2026-12-01T10:00:00Z',
    },
  };

  it('accept, reject, comment, reply, resolve, reopen and send, double clicks included', async () => {
    const draftId = await draftWith(
      text('CAR-T may reset the immune system in '),
      text('severe ', [insertion]),
      text('lupus. '),
      text('Results are early.', [pendingDeletion]),
    );
    await h.api.suggestions.recordDecision({ draftId, suggestionIds: ['s2'], decision: 'accept' });
    await h.api.suggestions.recordDecision({ draftId, suggestionIds: ['s2'], decision: 'accept' });
    await h.api.suggestions.recordDecision({ draftId, suggestionIds: ['s1'], decision: 'reject' });
    await h.api.comments.start({
      draftId,
      threadId: 't1',
      quote: 'immune system',
      body: 'Source?',
    });
    await h.api.comments.reply({ threadId: 't1', body: 'Schett 2024.' });
    await h.api.comments.resolve({ threadId: 't1' });
    await h.api.comments.resolve({ threadId: 't1' });
    await h.api.comments.reopen({ threadId: 't1' });
    await h.api.comments.reopen({ threadId: 't1' });
    await h.api.reviewPackages.create({ draftId });
    await h.api.reviewPackages.create({ draftId });

    const trail = (await h.api.audit.list({ draftId })).filter(
      (entry) => entry.action !== 'draft-created',
    );
    expect(trail.map((entry) => entry.action)).toEqual([
      'suggestion-accepted',
      'suggestion-rejected',
      'thread-started',
      'comment-replied',
      'thread-resolved',
      'thread-reopened',
      'review-sent',
    ]);
    const { csv } = await h.api.audit.exportCsv({ draftId });
    expect(csv).toContain('Accepted the suggestion by Rita Reviewer to insert “severe ”');
    expect(csv).toContain(
      'Rejected the suggestion by Rita Reviewer to delete “Results are early.”',
    );
    expect(csv).toContain('Resolved the comment thread on “immune system”');
    expect(csv).toContain('Replied on “immune system”: Schett 2024.');
  });
});

describe('waivers', () => {
  it('waiving an error needs the reviewer role', async () => {
    const draftId = await draftWith(text('This treatment cures lupus.'));
    const finding = (await h.api.compliance.check({ draftId })).find(
      (item) => item.ruleId === 'cure-claim',
    );
    if (!finding) throw new Error('the cure claim was not found');
    const waive = () =>
      h.api.compliance.waive({
        draftId,
        ruleId: finding.ruleId,
        excerpt: finding.excerpt,
        context: finding.context,
        reason: 'We quote this claim in order to debunk it.',
      });
    const refused = await waive().catch((error: unknown) => error as ApiError);
    expect(refused).toMatchObject({ code: 'forbidden' });
    expect((refused as ApiError).message).toContain('Only a reviewer can waive an error');
    expect(await h.api.compliance.waivers({ draftId })).toEqual([]);

    await h.api.profile.set({ name: 'Rita Reviewer', initials: 'RR', role: 'reviewer' });
    await waive();
    expect(await h.api.compliance.waivers({ draftId })).toHaveLength(1);
  });
});

describe('edits after approval', () => {
  it('are audited once per approval, with what changed, and only when something changed', async () => {
    const draftId = await draftWith(text('CAR-T may reset the immune system in lupus.'));
    // Approval itself belongs to the sign-off flow; here the draft is put in that state directly.
    const lib = h.context.host.library();
    lib.drafts.setStatus(draftId, 'approved');
    lib.audit.append({
      draftId,
      at: new Date().toISOString(),
      actor: 'Rita Reviewer',
      action: 'status-changed',
      detail: { from: 'in-review', to: 'approved' },
    });
    const save = async (value: string) => {
      const draft = await h.api.drafts.get({ id: draftId });
      await h.api.drafts.save({
        id: draftId,
        baseRevision: draft.revision,
        doc: { type: 'doc', content: [{ type: 'paragraph', content: [text(value)] }] },
      });
    };
    await save('CAR-T may reset the immune system in lupus.');
    await save('This miracle treatment cures lupus.');
    await save('This miracle treatment cures lupus for good.');
    const edits = (await h.api.audit.list({ draftId })).filter(
      (entry) => entry.action === 'edited-after-approval',
    );
    expect(edits).toHaveLength(1);
    expect(edits[0]?.summary).toMatch(
      /^Edited the text after it was approved: the approval no longer covers it \(revision 3 → 4\)$/,
    );
  });
});

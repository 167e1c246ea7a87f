import { afterEach, describe, expect, it } from 'vitest';
import { isApiError } from '../../../src/core/api';
import { doc, p } from '../../../src/core/document/builders';
import { createHarness, type Harness } from './harness';

let harness: Harness;
afterEach(() => harness?.close());

async function reviewerWithDraft(h: Harness, text: string) {
  await h.api.profile.set({ name: 'Rita Reviewer', initials: 'RR', role: 'reviewer' });
  const draft = await h.api.drafts.create({ title: 'Claims', doc: doc(p(text)) });
  await h.api.workflow.transition({ draftId: draft.id, to: 'in-review' });
  return draft;
}

describe('compliance on stored drafts', () => {
  it('blocks approval on an unwaived error, and lets it through once waived with a reason', async () => {
    harness = createHarness();
    const { api } = harness;
    const draft = await reviewerWithDraft(harness, 'This miracle treatment cures lupus.');
    const findings = await api.compliance.check({ draftId: draft.id });
    expect(findings.map((f) => [f.ruleId, f.severity, f.excerpt])).toEqual(
      expect.arrayContaining([
        ['cure-claim', 'error', 'cures'],
        ['hype-language', 'warning', 'miracle'],
      ]),
    );
    const gate = await api.workflow.check({ draftId: draft.id, to: 'approved' });
    expect(gate.blockers.map((b) => b.message)).toContain('1 compliance error is not waived');

    const cure = findings.find((f) => f.ruleId === 'cure-claim');
    if (!cure) throw new Error('no cure finding');
    const refused = await harness.dispatch('compliance.waive', {
      draftId: draft.id,
      ruleId: cure.ruleId,
      excerpt: cure.excerpt,
      context: cure.context,
      reason: ' ',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', path: ['reason'] },
    });
    await api.compliance.waive({
      draftId: draft.id,
      ruleId: cure.ruleId,
      excerpt: cure.excerpt,
      context: cure.context,
      reason: 'Quoted from a patient leaflet we are debunking.',
    });
    expect(
      (await api.compliance.check({ draftId: draft.id })).find((f) => f.ruleId === 'cure-claim')
        ?.waiver?.reason,
    ).toBe('Quoted from a patient leaflet we are debunking.');
    expect((await api.workflow.check({ draftId: draft.id, to: 'approved' })).allowed).toBe(true);
    expect((await api.audit.list({ draftId: draft.id })).at(-1)?.summary).toBe(
      'Waived “cure-claim” on “cures”: Quoted from a patient leaflet we are debunking.',
    );

    // Edit the sentence: the waiver no longer covers it.
    const current = await api.drafts.get({ id: draft.id });
    await api.drafts.save({
      id: draft.id,
      baseRevision: current.revision,
      doc: doc(p('This miracle treatment cures lupus for good.')),
    });
    const after = await api.compliance.check({ draftId: draft.id });
    expect(after.filter((f) => f.ruleId === 'cure-claim').every((f) => f.waiver === null)).toBe(
      true,
    );
    expect((await api.workflow.check({ draftId: draft.id, to: 'approved' })).allowed).toBe(false);
  });

  it('takes a custom pack that extends the built-in one, refuses a broken one and keeps the old', async () => {
    harness = createHarness();
    const { api } = harness;
    const draft = await reviewerWithDraft(harness, 'Kale is a superfood.');
    const good =
      'name: house\nextends: medical-public\nrules:\n  superfood:\n    extends: existence\n    level: error\n    message: Avoid “%s”.\n    tokens: [superfood]\n';
    const set = await api.compliance.setPack({ yaml: good, fileName: 'house.yaml' });
    expect(set.custom).toMatchObject({ name: 'house', fileName: 'house.yaml' });
    expect((await api.compliance.check({ draftId: draft.id })).map((f) => f.ruleId)).toContain(
      'superfood',
    );

    const broken = await api.compliance
      .setPack({
        yaml: 'name: house\nrules:\n  x:\n    extends: existence\n    level: loud\n    message: y\n    tokens: [z]\n',
        fileName: 'broken.yaml',
      })
      .catch((e: unknown) => e);
    expect(isApiError(broken, 'invalid_input')).toBe(true);
    expect((broken as Error).message).toMatch(/broken\.yaml:5: rules\.x\.level:/);
    expect((await api.compliance.pack({})).custom?.fileName).toBe('house.yaml');

    await api.compliance.resetPack({});
    expect((await api.compliance.pack({})).custom).toBeNull();
    expect((await api.compliance.check({ draftId: draft.id })).map((f) => f.ruleId)).not.toContain(
      'superfood',
    );
  });
});

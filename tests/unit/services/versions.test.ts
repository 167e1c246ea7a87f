import { afterEach, describe, expect, it } from 'vitest';
import { isApiError } from '../../../src/core/api';
import { doc, p } from '../../../src/core/document/builders';
import { createHarness, type Harness } from './harness';

let harness: Harness;
afterEach(() => harness?.close());

const MINUTE = 60_000;

describe('version history', () => {
  it('takes at most one automatic snapshot every ten minutes of editing', async () => {
    harness = createHarness();
    const { api, advance } = harness;
    const draft = await api.drafts.create({ title: 'Snapshots' });
    let revision = draft.revision;
    const save = async (text: string) => {
      revision = (
        await api.drafts.save({ id: draft.id, baseRevision: revision, doc: doc(p(text)) })
      ).revision;
    };
    await save('one');
    for (let minute = 1; minute <= 9; minute += 1) {
      advance(MINUTE);
      await save(`edit ${minute}`);
    }
    expect(
      (await api.versions.list({ draftId: draft.id })).filter((v) => v.kind === 'auto'),
    ).toHaveLength(1);
    advance(MINUTE + 1);
    await save('eleven minutes in');
    const autos = (await api.versions.list({ draftId: draft.id })).filter((v) => v.kind === 'auto');
    expect(autos).toHaveLength(2);
    expect((await api.versions.get({ id: autos[0]?.id ?? '' })).doc).toEqual(
      doc(p('eleven minutes in')),
    );
  });

  it('does not snapshot a save that changed nothing', async () => {
    harness = createHarness();
    const { api } = harness;
    const draft = await api.drafts.create({ title: 'Same', doc: doc(p('same')) });
    await api.drafts.save({ id: draft.id, baseRevision: 1, doc: doc(p('same')) });
    expect(await api.versions.list({ draftId: draft.id })).toEqual([]);
  });

  it('restores a named version as a new revision and keeps the state it replaced', async () => {
    harness = createHarness();
    const { api, advance } = harness;
    const draft = await api.drafts.create({ title: 'Restore me', doc: doc(p('careful wording')) });
    const named = await api.versions.create({ draftId: draft.id, name: 'Sent to reviewer' });
    expect(named).toMatchObject({ kind: 'named', name: 'Sent to reviewer', revision: 1 });
    advance(MINUTE);
    const saved = await api.drafts.save({
      id: draft.id,
      baseRevision: 1,
      doc: doc(p('a rewrite that went wrong')),
    });

    const stale = await api.versions
      .restore({ id: named.id, baseRevision: 1 })
      .catch((e: unknown) => e);
    expect(isApiError(stale, 'conflict')).toBe(true);

    advance(MINUTE);
    const restored = await api.versions.restore({ id: named.id, baseRevision: saved.revision });
    expect(restored.doc).toEqual(doc(p('careful wording')));
    expect(restored.revision).toBe(saved.revision + 1);
    expect(restored.wordCount).toBe(2);

    const history = await api.versions.list({ draftId: draft.id });
    expect(history.map((v) => v.kind)).toEqual(['restore', 'before-restore', 'auto', 'named']);
    expect(history[0]?.name).toBe('Restored “Sent to reviewer”');
    const replaced = await api.versions.get({ id: history[1]?.id ?? '' });
    expect(replaced.doc).toEqual(doc(p('a rewrite that went wrong')));

    const audit = harness.context.host.library().audit.list(draft.id);
    expect(audit.at(-1)).toMatchObject({
      action: 'version-restored',
      actor: 'Ana Writer',
      detail: { versionName: 'Sent to reviewer' },
    });
  });

  it('refuses an empty version name', async () => {
    harness = createHarness();
    const draft = await harness.api.drafts.create({ title: 'Names' });
    expect(
      await harness.dispatch('versions.create', { draftId: draft.id, name: '   ' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'name: Give the version a name' },
    });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { doc, h2, p } from '../../../src/core/document/builders';
import { createHarness, type Harness } from './harness';

let harness: Harness;
afterEach(() => harness?.close());

async function seed(h: Harness) {
  const make = async (title: string, text: string) => {
    const draft = await h.api.drafts.create({ title, doc: doc(h2('About'), p(text)) });
    return draft.id;
  };
  return {
    statins: await make(
      'Statins explained',
      'Statins lower cholesterol and the risk of a heart attack.',
    ),
    sleep: await make(
      'Sleep and memory',
      'Deep sleep helps the brain consolidate memories. Cholesterol is not involved.',
    ),
    lupus: await make('Lupus and CAR-T', 'Naïve B-cells return after CAR-T therapy in lupus.'),
  };
}

describe('full-text search', () => {
  it('finds drafts by a body word and ranks title matches first, with highlights', async () => {
    harness = createHarness();
    const ids = await seed(harness);
    const hits = await harness.api.drafts.search({ query: 'cholesterol' });
    expect(hits.map((hit) => hit.draft.id).sort()).toEqual([ids.statins, ids.sleep].sort());
    const statins = hits.find((hit) => hit.draft.id === ids.statins);
    expect(statins?.snippet.filter((part) => part.match).map((part) => part.text)).toEqual([
      'cholesterol',
    ]);

    const byTitle = await harness.api.drafts.search({ query: 'sleep' });
    expect(byTitle[0]?.draft.id).toBe(ids.sleep);
    expect(byTitle[0]?.title).toEqual([
      { text: 'Sleep', match: true },
      { text: ' and memory', match: false },
    ]);
  });

  it('matches the last word as a prefix, as the writer types', async () => {
    harness = createHarness();
    const ids = await seed(harness);
    expect((await harness.api.drafts.search({ query: 'chol' })).length).toBe(2);
    expect(
      (await harness.api.drafts.search({ query: 'heart att' })).map((hit) => hit.draft.id),
    ).toEqual([ids.statins]);
  });

  it('ignores accents and case', async () => {
    harness = createHarness();
    const ids = await seed(harness);
    expect(
      (await harness.api.drafts.search({ query: 'NAIVE' })).map((hit) => hit.draft.id),
    ).toEqual([ids.lupus]);
  });

  it('treats quotes, operators and column filters in user text as plain words', async () => {
    harness = createHarness();
    await seed(harness);
    for (const query of [
      '"',
      'title:statins OR',
      'NEAR(a b)',
      '*',
      'AND',
      '-lupus',
      "don't",
      ')(',
    ]) {
      await expect(harness.api.drafts.search({ query })).resolves.toBeInstanceOf(Array);
    }
    expect(await harness.api.drafts.search({ query: '   ' })).toEqual([]);
  });

  it('keeps the index in step with saves and leaves the trash out', async () => {
    harness = createHarness();
    const ids = await seed(harness);
    const draft = await harness.api.drafts.get({ id: ids.lupus });
    await harness.api.drafts.save({
      id: draft.id,
      baseRevision: draft.revision,
      doc: doc(p('Now about vaccines.')),
    });
    expect(await harness.api.drafts.search({ query: 'therapy' })).toEqual([]);
    expect(
      (await harness.api.drafts.search({ query: 'vaccines' })).map((hit) => hit.draft.id),
    ).toEqual([ids.lupus]);
    await harness.api.drafts.trash({ id: ids.lupus });
    expect(await harness.api.drafts.search({ query: 'vaccines' })).toEqual([]);
  });
});

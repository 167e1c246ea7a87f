import { doc, h2, p } from '../src/core/document/builders';
import { emptyMetadata } from '../src/core/document/metadata';
import { benchRuntime } from './bench-runtime';
import { longArticle } from './long-article';
import { median, sample, type Bench } from './table';

/** Open and save of a 20,000-word draft, and search over 5,000 drafts, through the real stack. */
export const draftsBench: Bench = {
  name: 'drafts',
  run: async () => {
    const { runtime, api } = benchRuntime('drafts');
    const article = longArticle(20_000);
    const draft = await api.drafts.create({ title: 'Twenty thousand words', doc: article });

    const open = await sample(() => api.drafts.get({ id: draft.id }), 30);
    let revision = draft.revision;
    let counter = 0;
    const save = await sample(async () => {
      counter += 1;
      const edited = structuredClone(article);
      edited.content?.push(p(`Edit number ${counter}.`));
      revision = (await api.drafts.save({ id: draft.id, baseRevision: revision, doc: edited }))
        .revision;
    }, 30);

    const library = runtime.context.host.library();
    const words = [
      'lupus',
      'statin',
      'vaccine',
      'asthma',
      'migraine',
      'eczema',
      'insulin',
      'dementia',
      'anaemia',
      'gout',
    ];
    library.transaction(() => {
      for (let i = 0; i < 5000; i += 1) {
        const topic = words[i % words.length] ?? 'health';
        const body = doc(
          h2(`About ${topic}`),
          p(
            `Draft ${i} explains ${topic} treatment options, risks and benefits for patients and carers. `.repeat(
              20,
            ),
          ),
        );
        const at = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
        library.drafts.insert({
          id: `seed-${i}`,
          revision: 1,
          title: `${topic} guide ${i}`,
          category: 'Bench',
          status: 'draft',
          metadata: emptyMetadata(`${topic} guide ${i}`),
          doc: body,
          plainText: `About ${topic}\n\n${`Draft ${i} explains ${topic} treatment options, risks and benefits for patients and carers. `.repeat(20)}`,
          wordCount: 260,
          createdAt: at,
          updatedAt: at,
          trashedAt: null,
        });
      }
    });
    const queries = [
      'lupus',
      'statin risk',
      'vacc',
      'treatment options',
      'dementia carers',
      'gout guide 99',
    ];
    let q = 0;
    const search = await sample(
      () => api.drafts.search({ query: queries[q++ % queries.length] ?? 'lupus', limit: 50 }),
      60,
    );
    runtime.close();

    return [
      {
        work: 'open a 20,000-word draft',
        budgetMs: 100,
        measuredMs: median(open),
        statistic: 'median of 30',
      },
      {
        work: 'save a 20,000-word draft',
        budgetMs: 20,
        measuredMs: median(save),
        statistic: 'median of 30',
      },
      {
        work: 'full-text search over 5,000 drafts',
        budgetMs: 20,
        measuredMs: median(search),
        statistic: 'median of 60',
      },
    ];
  },
};

import { articleSchema } from '../src/core/document/schema';
import { anchorThreads, compareDocs, listSuggestions } from '../src/core/review';
import { benchRuntime } from './bench-runtime';
import { longArticle } from './long-article';
import { editedVersion, reviewedDraft } from './reviewed-draft';
import { median, sample, type Bench } from './table';

/** Opening a heavily reviewed draft through the real stack, and comparing two long versions. */
export const reviewBench: Bench = {
  name: 'review',
  run: async () => {
    const { runtime, api } = benchRuntime('review');
    await api.profile.set({ name: 'Rui Reviewer', initials: 'RR', role: 'reviewer' });
    const before = longArticle(20_000);
    const reviewed = reviewedDraft(before, 500, 1000);
    const draft = await api.drafts.create({ title: 'Reviewed', doc: reviewed.doc });
    for (const thread of reviewed.threads)
      await api.comments.start({
        draftId: draft.id,
        threadId: thread.id,
        quote: thread.quote,
        body: 'Source?',
      });

    const schema = articleSchema();
    // What opening a draft does: read it and its threads, build the document, find the review marks.
    const open = await sample(async () => {
      const [stored, view] = await Promise.all([
        api.drafts.get({ id: draft.id }),
        api.comments.list({ draftId: draft.id }),
      ]);
      const node = schema.nodeFromJSON(stored.doc);
      listSuggestions(node);
      anchorThreads(node, view.threads);
    }, 20);
    runtime.close();

    const after = editedVersion(before);
    const diff = await sample(() => compareDocs(before, after), 20);
    return [
      {
        work: 'open a draft with 500 threads and 1,000 suggestions',
        budgetMs: 100,
        measuredMs: median(open),
        statistic: 'median of 20',
      },
      {
        work: 'compare two 20,000-word versions',
        budgetMs: 200,
        measuredMs: median(diff),
        statistic: 'median of 20',
      },
    ];
  },
};

/**
 * Measures review work on 20,000-word drafts (a measurement, not a test):
 *   npx tsx tests/unit/review/measure-review.ts
 * Prints median and p95 of repeated runs for comparing versions, listing
 * review marks of a draft with 500 threads and 1,000 suggestions, a keystroke
 * in suggesting mode, and merging a returned package.
 */
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { performance } from 'node:perf_hooks';
import { longArticle } from '../../../bench/long-article';
import { editedVersion, reviewedDraft } from '../../../bench/reviewed-draft';
import { countWords } from '../../../src/core/document/word-count';
import { docToPlainText } from '../../../src/core/document/plain-text';
import { articleSchema } from '../../../src/core/document/schema';
import { emptyMetadata } from '../../../src/core/document/metadata';
import {
  anchorThreads,
  buildReviewPackage,
  compareDocs,
  listSuggestions,
  mergeReviewPackage,
  readReviewPackage,
  serializeReviewPackage,
  suggestingPlugin,
  withoutSuggestions,
  type Thread,
} from '../../../src/core/review';

function measure(label: string, runs: number, work: () => unknown): void {
  for (let i = 0; i < 3; i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(runs / 2)]!;
  const p95 = times[Math.min(runs - 1, Math.floor(runs * 0.95))]!;
  console.log(
    `${label.padEnd(62)} median ${median.toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms`,
  );
}

const schema = articleSchema();
const before = longArticle(20_000);
console.log(
  `draft: ${countWords(docToPlainText(before))} words, ${before.content!.length} top-level blocks`,
);

const after = editedVersion(before);
const diff = compareDocs(before, after);
console.log('diff stats:', JSON.stringify(diff.stats));
measure('compareDocs, two 20,000-word versions (10% of blocks edited)', 30, () =>
  compareDocs(before, after),
);
const rewritten = longArticle(20_000, ['x1', 'x2']);
(rewritten.content ?? []).reverse();
measure('compareDocs, worst case: every block moved or changed', 10, () =>
  compareDocs(before, rewritten),
);

/** The draft with 500 comment threads and 1,000 suggestions, as a reviewer leaves it. */
const reviewer = { id: 'u-rui', name: 'Rui Reviewer', initials: 'RR', role: 'reviewer' as const };
const review = reviewedDraft(before, 500, 1000);
const reviewed = review.doc;
const threads: Thread[] = review.threads.map(({ id, quote }) => ({
  id,
  draftId: 'd1',
  quote,
  status: 'open',
  createdBy: reviewer,
  createdAt: '2025-03-01T00:00:00.000Z',
  updatedAt: '2025-03-01T00:00:00.000Z',
  resolvedBy: null,
  resolvedAt: null,
}));
const state = EditorState.create({ schema, doc: schema.nodeFromJSON(reviewed) });
const paragraphs: number[] = [];
state.doc.descendants((node, pos) => {
  if (node.type.name === 'paragraph' && node.textContent.length > 200) paragraphs.push(pos + 1);
  return node.type.name !== 'paragraph';
});
console.log(
  `review marks: ${listSuggestions(state.doc).length} suggestions, ${threads.length} threads`,
);
measure('listSuggestions, 1,000 suggestions', 30, () => listSuggestions(state.doc));
measure('anchorThreads, 500 threads', 30, () => anchorThreads(state.doc, threads));
measure('open: JSON → doc + listSuggestions + anchorThreads', 30, () => {
  const node = schema.nodeFromJSON(reviewed);
  listSuggestions(node);
  anchorThreads(node, threads);
});
measure('withoutSuggestions (export), 1,000 suggestions', 30, () => withoutSuggestions(reviewed));

/** A keystroke in suggesting mode at the end of the draft. */
let editor = EditorState.create({
  schema,
  doc: schema.nodeFromJSON(reviewed),
  plugins: [suggestingPlugin({ author: { id: 'u-ana', name: 'Ana' }, enabled: true })],
});
const last = paragraphs[paragraphs.length - 1]!;
const lastLength = editor.doc.resolve(last).parent.content.size;
editor = editor.apply(editor.tr.setSelection(TextSelection.create(editor.doc, last + 5)));
measure('suggesting mode: one typed character (state.apply)', 100, () => {
  editor = editor.apply(editor.tr.insertText('x'));
});
const typed = listSuggestions(editor.doc).find((s) => s.authorName === 'Ana')!;
const backspaceFrom = last + lastLength + typed.insertedText.length;
editor = editor.apply(editor.tr.setSelection(TextSelection.create(editor.doc, backspaceFrom)));
measure('suggesting mode: one Backspace (state.apply)', 100, () => {
  const head = editor.selection.head;
  editor = editor.apply(editor.tr.delete(head - 1, head));
});
const deleted = listSuggestions(editor.doc).filter(
  (s) => s.authorName === 'Ana' && s.kind === 'deletion',
);
console.log(
  `suggesting mode: typed ${typed.insertedText.length} characters as one insertion; ` +
    `103 Backspaces from the end of a ${lastLength}-character paragraph marked ` +
    `${deleted.reduce((sum, s) => sum + s.deletedText.length, 0)} characters deleted ` +
    `(characters already deleted by the reviewer are passed over)`,
);

/** A package round trip and merge into a draft the writer edited meanwhile. */
const pkg = buildReviewPackage({
  packageId: 'p1',
  createdAt: '2025-03-02T00:00:00.000Z',
  sender: reviewer,
  basedOn: null,
  draft: {
    id: 'd1',
    revision: 1,
    status: 'in-review',
    metadata: emptyMetadata('Long'),
    doc: reviewed,
  },
  sources: [],
  threads,
  comments: [],
  signOffs: [],
});
const text = serializeReviewPackage(pkg);
console.log(`package: ${(text.length / 1024).toFixed(0)} KiB`);
measure('readReviewPackage (parse, checksum, validate)', 10, () => readReviewPackage(text));
const writerNow = editedVersion(before);
measure('mergeReviewPackage, 500 threads + 1,000 suggestions', 10, () => {
  const result = mergeReviewPackage(
    {
      draftId: 'd1',
      revision: 2,
      doc: writerNow,
      threads: [],
      comments: [],
      signOffs: [],
      sourceIds: [],
    },
    pkg,
  );
  if (!result.ok) throw new Error(result.message);
});
const merged = mergeReviewPackage(
  {
    draftId: 'd1',
    revision: 2,
    doc: writerNow,
    threads: [],
    comments: [],
    signOffs: [],
    sourceIds: [],
  },
  pkg,
);
if (merged.ok) {
  const kinds = merged.report.conflicts.reduce<Record<string, number>>(
    (acc, c) => ({ ...acc, [`${c.kind}:${c.reason}`]: (acc[`${c.kind}:${c.reason}`] ?? 0) + 1 }),
    {},
  );
  console.log(`merge: ${merged.report.merged.length} merged, conflicts ${JSON.stringify(kinds)}`);
}

import { describe, expect, it } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { cite, doc, h2, p } from '../../../src/core/document/builders';
import { emptyMetadata } from '../../../src/core/document/metadata';
import { unknownEvidence, type Source } from '../../../src/core/citations/source';
import {
  addCommentMark,
  anchorThreads,
  buildReviewPackage,
  findCommentAnchors,
  listSuggestions,
  mergeReviewPackage,
  packageChecksum,
  readReviewPackage,
  resolveThread,
  serializeReviewPackage,
  type Comment,
  type MergeTarget,
  type Profile,
  type ReviewPackage,
  type ReviewPackagePayload,
  type Thread,
} from '../../../src/core/review';
import { Harness, marked, posOf } from './editor-harness';

const ana: Profile = { id: 'u-ana', name: 'Ana Writer', initials: 'AW', role: 'writer' };
const rui: Profile = { id: 'u-rui', name: 'Rui Reviewer', initials: 'RR', role: 'reviewer' };
const source: Source = {
  id: 'src-1',
  key: 'muller2024',
  csl: { id: 'muller2024', type: 'article-journal', title: 'CD19 CAR T-cell therapy in lupus' },
  evidence: unknownEvidence(),
};

const writerDoc = doc(
  h2('Risks'),
  p('Most people have a fever in the first week ', cite('src-1'), '.'),
  p('Call your doctor if it lasts.'),
  p('Side effects are common.'),
);

function thread(id: string, quote: string, by: Profile, at: string): Thread {
  return {
    id,
    draftId: 'd1',
    quote,
    status: 'open',
    createdBy: by,
    createdAt: at,
    updatedAt: at,
    resolvedBy: null,
    resolvedAt: null,
  };
}

function comment(id: string, threadId: string, by: Profile, body: string, at: string): Comment {
  return { id, threadId, author: by, body, createdAt: at };
}

function payload(overrides: Partial<ReviewPackagePayload> = {}): ReviewPackagePayload {
  return {
    packageId: 'pkg-1',
    createdAt: '2025-03-01T09:00:00.000Z',
    sender: ana,
    basedOn: null,
    draft: {
      id: 'd1',
      revision: 3,
      status: 'in-review',
      metadata: emptyMetadata('Fever after CAR-T'),
      doc: writerDoc,
    },
    sources: [source],
    threads: [thread('t-ana', 'Risks', ana, '2025-02-28T10:00:00.000Z')],
    comments: [
      comment('c-ana', 't-ana', ana, 'Is this heading right?', '2025-02-28T10:00:00.000Z'),
    ],
    signOffs: [],
    ...overrides,
  };
}

/** The writer's draft with the writer's own thread on "Risks". */
function writerDraft(docJson: JSONContent = writerDoc): JSONContent {
  const editor = new Harness(docJson, rui, false);
  const from = posOf(editor.doc, 'Risks');
  return addCommentMark(editor.state.tr, from, from + 5, 't-ana').doc.toJSON() as JSONContent;
}

/**
 * What the reviewer sends back: a new thread on "a fever" with a comment, a
 * reply in the writer's thread, a replacement of "lasts" and a deletion of
 * " in the first week", and a sign-off.
 */
function reviewerPackage(): ReviewPackage {
  const editor = new Harness(writerDraft(), { id: rui.id, name: rui.name });
  const fever = posOf(editor.doc, 'a fever');
  editor.dispatch(addCommentMark(editor.state.tr, fever, fever + 'a fever'.length, 't-rui'));
  editor.selectText('lasts').type('lasts more than 3 days');
  editor.selectText(' in the first week').backspace();
  return buildReviewPackage(
    payload({
      packageId: 'pkg-2',
      createdAt: '2025-03-02T09:00:00.000Z',
      sender: rui,
      basedOn: { packageId: 'pkg-1', revision: 3 },
      draft: { ...payload().draft, doc: editor.json },
      threads: [
        thread('t-ana', 'Risks', ana, '2025-02-28T10:00:00.000Z'),
        thread('t-rui', 'a fever', rui, '2025-03-02T08:00:00.000Z'),
      ],
      comments: [
        comment('c-ana', 't-ana', ana, 'Is this heading right?', '2025-02-28T10:00:00.000Z'),
        comment('c-rui-1', 't-rui', rui, 'How common? Give a number.', '2025-03-02T08:00:00.000Z'),
        comment('c-rui-2', 't-ana', rui, 'Yes, it is.', '2025-03-02T08:05:00.000Z'),
      ],
      signOffs: [
        {
          id: 'so-1',
          draftId: 'd1',
          revision: 3,
          signer: rui,
          statement: 'Medically reviewed',
          createdAt: '2025-03-02T09:00:00.000Z',
        },
      ],
    }),
  );
}

function target(docJson: JSONContent, revision = 3): MergeTarget {
  return {
    draftId: 'd1',
    revision,
    doc: docJson,
    threads: [thread('t-ana', 'Risks', ana, '2025-02-28T10:00:00.000Z')],
    comments: [
      comment('c-ana', 't-ana', ana, 'Is this heading right?', '2025-02-28T10:00:00.000Z'),
    ],
    signOffs: [],
    sourceIds: ['src-1'],
  };
}

describe('review package file', () => {
  it('round-trips through its text with a SHA-256 checksum', () => {
    const built = buildReviewPackage(payload());
    const text = serializeReviewPackage(built);
    expect(JSON.parse(text)).toMatchObject({
      format: 'vetted-review',
      version: 1,
      checksum: { algorithm: 'SHA-256' },
    });
    expect(built.checksum.value).toMatch(/^[0-9a-f]{64}$/);
    const read = readReviewPackage(text);
    expect(read).toEqual({ ok: true, package: built });
  });

  it('accepts the same content written with other key order and spacing', () => {
    const built = buildReviewPackage(payload());
    const reordered = JSON.stringify({
      payload: built.payload,
      checksum: built.checksum,
      version: 1,
      format: 'vetted-review',
    });
    expect(readReviewPackage(reordered).ok).toBe(true);
  });

  it('refuses a package changed after it was made', () => {
    const text = serializeReviewPackage(buildReviewPackage(payload()));
    const tampered = text.replace('Is this heading right?', 'Approve it now.');
    expect(readReviewPackage(tampered)).toEqual({
      ok: false,
      message:
        'This review package was changed or damaged after it was made: its checksum does not match its content. Ask the sender for a new copy.',
    });
  });

  it('refuses damaged, truncated and foreign files with a clear message', () => {
    const text = serializeReviewPackage(buildReviewPackage(payload()));
    const refusal = (input: string) => {
      const read = readReviewPackage(input);
      return read.ok ? 'accepted' : read.message;
    };
    expect(refusal('')).toBe('This review package is empty.');
    expect(refusal(text.slice(0, text.length / 2))).toMatch(
      /^This review package is damaged or incomplete: it is not valid JSON/,
    );
    expect(refusal('{"hello": "world"}')).toBe('This file is not a Vetted review package.');
    expect(refusal('[1,2,3]')).toBe('This file is not a Vetted review package.');
    expect(refusal(text.replace('"version": 1', '"version": 2'))).toMatch(
      /newer version of Vetted \(format version 2\)/,
    );
    expect(refusal(text.replace('"version": 1', '"version": "1"'))).toBe(
      'This review package is damaged: its format version is missing or invalid.',
    );
    expect(refusal(text.replace(/"value": "[0-9a-f]+"/, '"value": "abc"'))).toBe(
      'This review package is damaged: it has no valid checksum, so it cannot be trusted.',
    );
  });

  it('refuses content that breaks the format even with a matching checksum', () => {
    const refuse = (change: (data: ReviewPackage['payload']) => void) => {
      const built = buildReviewPackage(payload());
      const data = structuredClone(built.payload);
      change(data);
      const forged = buildUnchecked(data);
      const read = readReviewPackage(forged);
      return read.ok ? 'accepted' : read.message;
    };
    expect(refuse((data) => ((data.threads[0] as { status: string }).status = 'maybe'))).toMatch(
      /^This review package is damaged: payload\.threads\.0\.status: /,
    );
    expect(refuse((data) => (data.comments[0]!.threadId = 'missing'))).toBe(
      'This review package is damaged: comment c-ana answers thread missing, which is not in the package.',
    );
    expect(refuse((data) => data.threads.push(data.threads[0]!))).toBe(
      'This review package is damaged: thread t-ana appears twice.',
    );
    expect(
      refuse((data) => (data.draft.doc = { type: 'doc', content: [{ type: 'table' }] })),
    ).toMatch(/^This review package is damaged: the draft's document is not valid\./);
    expect(refuse((data) => (data.threads[0]!.draftId = 'other'))).toBe(
      'This review package is damaged: thread t-ana belongs to another draft.',
    );
  });

  it('refuses to build a package from invalid data', () => {
    expect(() =>
      buildReviewPackage(payload({ sender: { ...ana, role: 'boss' as 'writer' } })),
    ).toThrow();
  });
});

/** A file with a correct checksum over whatever payload it is given: what a forger or a buggy writer makes. */
function buildUnchecked(data: unknown): string {
  const built = buildReviewPackage(payload());
  const forged = { ...built, payload: data };
  const checksum = buildChecksum(data);
  return JSON.stringify({ ...forged, checksum: { algorithm: 'SHA-256', value: checksum } });
}

const buildChecksum = (data: unknown) => packageChecksum('vetted-review', 1, data);

describe('merging a returned package', () => {
  it('merges new threads, comments, replies, suggestions and sign-offs into an unchanged draft', () => {
    const read = readReviewPackage(serializeReviewPackage(reviewerPackage()));
    if (!read.ok) throw new Error(read.message);
    const result = mergeReviewPackage(target(writerDraft()), read.package);
    if (!result.ok) throw new Error(result.message);

    expect(result.report.conflicts).toEqual([]);
    expect(result.docChanged).toBe(true);
    expect(result.editedSinceSent).toBe(false);
    expect(result.added.threads.map((t) => t.id)).toEqual(['t-rui']);
    expect(result.added.comments.map((c) => c.id)).toEqual(['c-rui-1', 'c-rui-2']);
    expect(result.added.signOffs.map((s) => s.id)).toEqual(['so-1']);
    expect(result.added.sources).toEqual([]);
    expect(result.report.merged.map((item) => item.message)).toEqual([
      'Rui Reviewer suggested deleting "in the first week"',
      'Rui Reviewer suggested replacing "lasts" with "lasts more than 3 days"',
      'New comment thread by Rui Reviewer on "a fever"',
      'Comment by Rui Reviewer on "a fever"',
      'Reply by Rui Reviewer on "Risks"',
      'Sign-off by Rui Reviewer on revision 3: "Medically reviewed"',
    ]);
    expect(result.doc).toEqual(read.package.payload.draft.doc);
  });

  it('keeps the writer’s edits made meanwhile and re-anchors around them', () => {
    const reviewed = reviewerPackage();
    const edited = writerDraft(
      doc(
        h2('Risks'),
        p('New opening paragraph written after sending.'),
        p('Most people have a fever in the first week ', cite('src-1'), '.'),
        p('Please call your doctor if it lasts.'),
        p('Side effects are common but usually mild.'),
      ),
    );
    const result = mergeReviewPackage(target(edited, 5), reviewed);
    if (!result.ok) throw new Error(result.message);
    expect(result.report.conflicts).toEqual([]);
    expect(result.editedSinceSent).toBe(true);
    const merged = new Harness(result.doc, { id: 'x', name: 'x' }, false).doc;
    expect(marked(merged)).toBe(
      'Risks | New opening paragraph written after sending. | Most people have a fever[- in the first week] {cite}. | ' +
        'Please call your doctor if it [-lasts][+lasts more than 3 days]. | Side effects are common but usually mild.',
    );
    expect(findCommentAnchors(merged).get('t-rui')!.text).toBe('a fever');
    expect(findCommentAnchors(merged).get('t-ana')!.text).toBe('Risks');
  });

  it('reports a conflict when the anchored text changed, keeping the thread as orphaned', () => {
    const reviewed = reviewerPackage();
    const edited = writerDraft(
      doc(
        h2('Risks'),
        p('Most people have a high temperature in the first days ', cite('src-1'), '.'),
        p('Call your doctor if it lasts.'),
        p('Side effects are common.'),
      ),
    );
    const result = mergeReviewPackage(target(edited, 4), reviewed);
    if (!result.ok) throw new Error(result.message);
    expect(
      result.report.conflicts.map(({ kind, id, reason, quote }) => ({ kind, id, reason, quote })),
    ).toEqual([
      {
        kind: 'suggestion',
        id: expect.any(String),
        reason: 'text-changed',
        quote: ' in the first week',
      },
      { kind: 'thread', id: 't-rui', reason: 'text-changed', quote: 'a fever' },
    ]);
    expect(result.report.conflicts[1]!.message).toBe(
      'The comment thread on "a fever" could not be anchored: that text was changed in the draft after the package was sent. It is kept, shown as orphaned with its quote.',
    );
    expect(result.added.threads.map((t) => t.id)).toEqual(['t-rui']);
    expect(result.added.comments.map((c) => c.id)).toEqual(['c-rui-1', 'c-rui-2']);
    const merged = new Harness(result.doc, { id: 'x', name: 'x' }, false).doc;
    expect(marked(merged)).toBe(
      'Risks | Most people have a high temperature in the first days {cite}. | Call your doctor if it [-lasts][+lasts more than 3 days]. | Side effects are common.',
    );
    const [, orphan] = anchorThreads(merged, [...target(edited).threads, ...result.added.threads]);
    expect(orphan).toMatchObject({ orphaned: true, quote: 'a fever' });
  });

  it('reports a conflict when the passage is gone', () => {
    const edited = writerDraft(doc(h2('Risks'), p('Side effects are common.')));
    const result = mergeReviewPackage(target(edited, 4), reviewerPackage());
    if (!result.ok) throw new Error(result.message);
    expect(result.report.conflicts.map((c) => [c.kind, c.reason])).toEqual([
      ['suggestion', 'not-found'],
      ['suggestion', 'not-found'],
      ['thread', 'not-found'],
    ]);
    expect(result.doc).toEqual(edited);
  });

  it('does not bring anything twice, nor suggestions the writer already decided', () => {
    const reviewed = reviewerPackage();
    const first = mergeReviewPackage(target(writerDraft()), reviewed);
    if (!first.ok) throw new Error(first.message);
    const after: MergeTarget = {
      ...target(first.doc),
      threads: [...target(first.doc).threads, ...first.added.threads],
      comments: [...target(first.doc).comments, ...first.added.comments],
      signOffs: first.added.signOffs,
    };
    const again = mergeReviewPackage(after, reviewed);
    if (!again.ok) throw new Error(again.message);
    expect(again.report).toEqual({ merged: [], conflicts: [] });
    expect(again.docChanged).toBe(false);

    const decided = listSuggestions(first.doc).map((s) => s.id);
    const rejected = mergeReviewPackage(
      { ...target(writerDraft()), decidedSuggestionIds: decided },
      reviewed,
    );
    if (!rejected.ok) throw new Error(rejected.message);
    expect(rejected.report.merged.filter((item) => item.kind === 'suggestion')).toEqual([]);
  });

  it('takes a thread resolved by the reviewer later than the writer touched it', () => {
    const built = reviewerPackage();
    const resolved = resolveThread(built.payload.threads[0]!, rui, '2025-03-02T09:30:00.000Z');
    const answer = buildReviewPackage({
      ...built.payload,
      threads: [resolved, built.payload.threads[1]!],
    });
    const result = mergeReviewPackage(target(writerDraft()), answer);
    if (!result.ok) throw new Error(result.message);
    expect(result.updatedThreads).toEqual([resolved]);
    expect(result.report.merged).toContainEqual({
      kind: 'thread-status',
      threadId: 't-ana',
      status: 'resolved',
      message: 'The thread on "Risks" was resolved by Rui Reviewer',
    });
  });

  it('offers sources the reviewer cited that the writer does not have', () => {
    const editor = new Harness(writerDraft(), { id: rui.id, name: rui.name });
    const at = posOf(editor.doc, '.', 1);
    editor.cursorAfter('lasts').type(' ');
    editor.dispatch(
      editor.state.tr.insert(
        at + 1,
        editor.state.schema.nodes.citation!.create({ sourceIds: ['src-2'] }),
      ),
    );
    const src2: Source = { ...source, id: 'src-2', key: 'lee2023' };
    const answer = buildReviewPackage(
      payload({
        packageId: 'pkg-3',
        sender: rui,
        draft: { ...payload().draft, doc: editor.json },
        sources: [source, src2],
      }),
    );
    const result = mergeReviewPackage(target(writerDraft()), answer);
    if (!result.ok) throw new Error(result.message);
    expect(result.added.sources.map((s) => s.id)).toEqual(['src-2']);
  });

  it('refuses a package of another draft', () => {
    const other = buildReviewPackage(
      payload({ draft: { ...payload().draft, id: 'd2' }, threads: [], comments: [] }),
    );
    expect(mergeReviewPackage(target(writerDraft()), other)).toEqual({
      ok: false,
      message: 'This review package is for another draft ("Fever after CAR-T").',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { splitBlock } from '@tiptap/pm/commands';
import type { Transform } from '@tiptap/pm/transform';
import type { JSONContent } from '@tiptap/core';
import { b, cite, doc, h2, p } from '../../../src/core/document/builders';
import { articleSchema } from '../../../src/core/document/schema';
import {
  addCommentMark,
  anchorThreads,
  commentQuote,
  findCommentAnchors,
  removeCommentMarks,
  setComment,
  unsetComment,
  type Thread,
} from '../../../src/core/review';
import { posOf } from './editor-harness';

const schema = articleSchema();
const author = { id: 'u-rui', name: 'Rui Reviewer', initials: 'RR', role: 'reviewer' as const };

function thread(id: string, quote: string, createdAt = '2025-03-01T09:00:00.000Z'): Thread {
  return {
    id,
    draftId: 'd1',
    quote,
    status: 'open',
    createdBy: author,
    createdAt,
    updatedAt: createdAt,
    resolvedBy: null,
    resolvedAt: null,
  };
}

/**
 * A transaction on a document with a comment over `quote` (first occurrence),
 * ready for edits; `insertText` takes the marks at the cursor, as typing does.
 */
function commented(json: JSONContent, quote: string, threadId = 't1') {
  const node = schema.nodeFromJSON(json);
  const from = posOf(node, quote);
  return addCommentMark(EditorState.create({ doc: node }).tr, from, from + quote.length, threadId);
}

const text = (tr: Transform, threadId = 't1') => findCommentAnchors(tr.doc).get(threadId)?.text;

describe('comment anchors', () => {
  const base = doc(
    h2('Risks'),
    p('Most people have a fever in the first week.'),
    p('Call your doctor.'),
  );

  it('finds the thread, its range and its text', () => {
    const tr = commented(base, 'a fever');
    const anchor = findCommentAnchors(tr.doc).get('t1')!;
    expect(anchor.text).toBe('a fever');
    expect(anchor.ranges).toHaveLength(1);
    expect(tr.doc.textBetween(anchor.from, anchor.to)).toBe('a fever');
  });

  it('follows its text when text is typed before, inside and after it', () => {
    const tr = commented(base, 'a fever');
    tr.insertText('Honestly, ', posOf(tr.doc, 'Most'));
    expect(text(tr)).toBe('a fever');
    tr.insertText(' high', posOf(tr.doc, 'a fever') + 1);
    expect(text(tr)).toBe('a high fever');
    tr.insertText(' or chills', posOf(tr.doc, 'fever') + 5);
    expect(text(tr)).toBe('a high fever');
    expect(tr.doc.textContent).toContain('a high fever or chills in');
  });

  it('does not grow when typing right at its start or end', () => {
    const tr = commented(base, 'a fever');
    const start = posOf(tr.doc, 'a fever');
    tr.insertText('X', start + 'a fever'.length);
    tr.insertText('Y', start);
    expect(text(tr)).toBe('a fever');
  });

  it('splits across paragraphs when Enter is pressed inside it, and stays one thread', () => {
    const tr = commented(base, 'a fever in the first');
    let state = EditorState.create({ doc: tr.doc });
    const middle = posOf(state.doc, 'in the first');
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, middle)));
    splitBlock(state, (next) => (state = state.apply(next)));
    const anchor = findCommentAnchors(state.doc).get('t1')!;
    expect(anchor.ranges).toHaveLength(2);
    expect(anchor.text).toBe('a fever \nin the first');
  });

  it('shrinks when part of its text is deleted', () => {
    const tr = commented(base, 'a fever in the first');
    const from = posOf(tr.doc, ' in the');
    tr.delete(from, from + ' in the'.length);
    expect(text(tr)).toBe('a fever first');
  });

  it('is orphaned when all its text is deleted, and shows the stored quote', () => {
    const tr = commented(base, 'a fever');
    const from = posOf(tr.doc, 'a fever');
    tr.delete(from - 1, from + 'a fever'.length);
    expect(findCommentAnchors(tr.doc).has('t1')).toBe(false);
    const [entry] = anchorThreads(tr.doc, [thread('t1', 'a fever')]);
    expect(entry).toMatchObject({ orphaned: true, anchor: null, quote: 'a fever' });
  });

  it('is orphaned when its whole paragraph is deleted', () => {
    const tr = commented(base, 'Call your');
    const from = posOf(tr.doc, 'Call');
    const $from = tr.doc.resolve(from);
    tr.delete($from.before(), $from.after());
    expect(anchorThreads(tr.doc, [thread('t1', 'Call your')])[0]!.orphaned).toBe(true);
  });

  it('lets threads overlap without losing either', () => {
    const tr = commented(base, 'have a fever');
    const from = posOf(tr.doc, 'a fever in');
    addCommentMark(tr, from, from + 'a fever in'.length, 't2');
    const anchors = findCommentAnchors(tr.doc);
    expect(anchors.get('t1')!.text).toBe('have a fever');
    expect(anchors.get('t2')!.text).toBe('a fever in');
  });

  it('anchors over formatting and citations', () => {
    const tr = commented(
      doc(p('Use ', ...b('only'), ' as directed ', cite('s1'), '.')),
      'Use only as directed',
    );
    const end = posOf(tr.doc, '.') + 1;
    addCommentMark(tr, posOf(tr.doc, 'as directed'), end, 't2');
    expect(text(tr)).toBe('Use only as directed');
    expect(text(tr, 't2')).toBe('as directed [citation].');
  });

  it('lists threads in reading order, orphaned last by age', () => {
    const tr = commented(base, 'Call your', 'late');
    addCommentMark(tr, posOf(tr.doc, 'Risks'), posOf(tr.doc, 'Risks') + 5, 'early');
    const list = anchorThreads(tr.doc, [
      thread('gone-2', 'x', '2025-03-02T00:00:00.000Z'),
      thread('late', 'Call your'),
      thread('gone-1', 'y', '2025-03-01T00:00:00.000Z'),
      thread('early', 'Risks'),
    ]);
    expect(list.map((entry) => entry.thread.id)).toEqual(['early', 'late', 'gone-1', 'gone-2']);
    expect(list.map((entry) => entry.orphaned)).toEqual([false, false, true, true]);
  });

  it('removes a thread anchor everywhere, leaving other threads', () => {
    const tr = commented(base, 'a fever');
    addCommentMark(tr, posOf(tr.doc, 'Risks'), posOf(tr.doc, 'Risks') + 5, 't1');
    addCommentMark(tr, posOf(tr.doc, 'Call'), posOf(tr.doc, 'Call') + 4, 't2');
    removeCommentMarks(tr, 't1');
    const anchors = findCommentAnchors(tr.doc);
    expect([...anchors.keys()]).toEqual(['t2']);
  });

  it('quotes the selected text, cut at the stored length', () => {
    const node = schema.nodeFromJSON(doc(p('Fever.'), p('x'.repeat(2500))));
    expect(commentQuote(node, 1, node.content.size - 1)).toMatch(/^Fever\.\nx+…$/);
    expect(commentQuote(node, 1, node.content.size - 1)).toHaveLength(2000);
  });
});

describe('comment commands', () => {
  const start = () => EditorState.create({ doc: schema.nodeFromJSON(doc(p('Take with food.'))) });

  it('setComment anchors the selection, and refuses an empty selection', () => {
    let state = start();
    const dispatch = (tr: Transaction) => {
      state = state.apply(tr);
    };
    expect(setComment('t1')(state, dispatch)).toBe(false);
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 6, 10)));
    expect(setComment('t1')(state, dispatch)).toBe(true);
    expect(findCommentAnchors(state.doc).get('t1')!.text).toBe('with');
    expect(unsetComment('t1')(state, dispatch)).toBe(true);
    expect(findCommentAnchors(state.doc).size).toBe(0);
    expect(unsetComment('t1')(state, dispatch)).toBe(false);
  });
});

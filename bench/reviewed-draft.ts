import type { JSONContent } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import { articleSchema } from '../src/core/document/schema';
import { addCommentMark } from '../src/core/review';

/** A second version of a draft: every 10th paragraph edited, a few blocks added and removed. */
export function editedVersion(json: JSONContent): JSONContent {
  const copy = structuredClone(json);
  const blocks = copy.content ?? [];
  blocks.forEach((block, index) => {
    const first = block.content?.[0];
    if (index % 10 === 5 && block.type === 'paragraph' && first?.text) {
      first.text = first.text
        .replace(/\b(the|a|is)\b/, 'a revised')
        .replace('.', ', as trials showed.');
    }
  });
  for (let i = 0; i < 8; i++) blocks.splice(30 + i * 50, 1);
  for (let i = 0; i < 8; i++)
    blocks.splice(20 + i * 60, 0, {
      type: 'paragraph',
      content: [{ type: 'text', text: `A paragraph the writer added, number ${i}.` }],
    });
  return copy;
}

/** A thread's anchor in a reviewed draft: its id and the text it quotes. */
export interface ThreadAnchor {
  id: string;
  quote: string;
}

/**
 * A draft as a busy reviewer leaves it: `threadCount` comment threads anchored on
 * text and `suggestionCount` suggestions (half insertions, half deletions).
 */
export function reviewedDraft(
  before: JSONContent,
  threadCount = 500,
  suggestionCount = 1000,
): { doc: JSONContent; threads: ThreadAnchor[] } {
  const schema = articleSchema();
  const state = EditorState.create({ schema, doc: schema.nodeFromJSON(before) });
  const paragraphs: number[] = [];
  state.doc.descendants((node, pos) => {
    if (node.type.name === 'paragraph' && node.textContent.length > 200) paragraphs.push(pos + 1);
    return node.type.name !== 'paragraph';
  });
  const at = (i: number) => paragraphs[i % paragraphs.length] ?? 1;
  const tr = state.tr;
  const threads: ThreadAnchor[] = [];
  for (let i = 0; i < threadCount; i++) {
    const start = at(i) + 2 + Math.floor(i / paragraphs.length) * 45;
    addCommentMark(tr, start, start + 20, `t${i}`);
    threads.push({ id: `t${i}`, quote: tr.doc.textBetween(start, start + 20) });
  }
  // Suggestions go after the threads' text, one per 12-character slot, from the end so positions hold.
  const slots: number[] = [];
  for (let i = 0; i < suggestionCount; i++)
    slots.push(at(i) + 110 + Math.floor(i / paragraphs.length) * 12);
  slots.sort((a, b) => b - a);
  slots.forEach((start, i) => {
    const attrs = {
      id: `s${i}`,
      authorId: 'u-rui',
      authorName: 'Rui Reviewer',
      createdAt: '2025-03-01T00:00:00.000Z',
    };
    const mapped = tr.mapping.map(start);
    const { insertion, deletion } = schema.marks;
    if (!insertion || !deletion) throw new Error('the schema has no suggestion marks');
    if (i % 2) tr.addMark(mapped, mapped + 5, deletion.create(attrs));
    else tr.insert(mapped, schema.text('new ', [insertion.create(attrs)]));
  });
  return { doc: state.apply(tr).doc.toJSON() as JSONContent, threads };
}

import { describe, expect, it } from 'vitest';
import { Fragment, Slice } from '@tiptap/pm/model';
import { splitBlock } from '@tiptap/pm/commands';
import { splitListItem } from '@tiptap/pm/schema-list';
import type { JSONContent } from '@tiptap/core';
import { doc, h2, li, p, ul } from '../../../src/core/document/builders';
import { emptyMetadata } from '../../../src/core/document/metadata';
import { articleSchema } from '../../../src/core/document/schema';
import { buildReviewPackage, mergeReviewPackage, type Profile } from '../../../src/core/review';
import { Harness, marked } from './editor-harness';

const schema = articleSchema();
const rui: Profile = { id: 'u-rui', name: 'Rui Reviewer', initials: 'RR', role: 'reviewer' };

/** Merges a reviewer's copy into the writer's current doc; returns the merged doc as marked text. */
function merge(reviewerDoc: JSONContent, writerDoc: JSONContent) {
  const reviewPackage = buildReviewPackage({
    packageId: 'pkg',
    createdAt: '2025-03-02T09:00:00.000Z',
    sender: rui,
    basedOn: null,
    draft: {
      id: 'd1',
      revision: 1,
      status: 'in-review',
      metadata: emptyMetadata('T'),
      doc: reviewerDoc,
    },
    sources: [],
    threads: [],
    comments: [],
    signOffs: [],
  });
  const result = mergeReviewPackage(
    {
      draftId: 'd1',
      revision: 2,
      doc: writerDoc,
      threads: [],
      comments: [],
      signOffs: [],
      sourceIds: [],
    },
    reviewPackage,
  );
  if (!result.ok) throw new Error(result.message);
  return { marked: marked(schema.nodeFromJSON(result.doc)), result };
}

const base = doc(
  h2('Symptoms'),
  p('Fever is common.'),
  ul(li('Rash'), li('Fatigue')),
  p('See a doctor.'),
);
const writerEdited = doc(
  h2('Symptoms'),
  p('Added by the writer meanwhile.'),
  p('Fever is common.'),
  ul(li('Rash'), li('Fatigue')),
  p('See a doctor soon.'),
);

describe('merging suggestions that change structure', () => {
  it('places a whole new paragraph after the paragraph it followed', () => {
    const reviewer = new Harness(base);
    reviewer.cursorAfter('Fever is common.').run(splitBlock);
    reviewer.type('It usually passes.');
    const { marked: merged, result } = merge(reviewer.json, writerEdited);
    expect(result.report.conflicts).toEqual([]);
    expect(merged).toBe(
      'Symptoms | Added by the writer meanwhile. | Fever is common. | [+It usually passes.] | Rash | Fatigue | See a doctor soon.',
    );
  });

  it('places a new list item as a list item', () => {
    const reviewer = new Harness(base);
    reviewer.cursorAfter('Rash').run(splitListItem(schema.nodes.listItem!));
    reviewer.type('Chills');
    const { result } = merge(reviewer.json, writerEdited);
    expect(result.report.conflicts).toEqual([]);
    expect(result.doc.content![3]).toEqual(
      ul(li('Rash'), { type: 'listItem', content: [p(...insertedBy('Chills'))] }, li('Fatigue')),
    );
  });

  it('places pasted paragraphs that split a paragraph', () => {
    const reviewer = new Harness(base);
    const paragraph = (text: string) => schema.nodes.paragraph!.create(null, schema.text(text));
    reviewer
      .cursorAfter('Fever')
      .paste(new Slice(Fragment.from([paragraph(' A'), paragraph('B')]), 1, 1));
    const { marked: merged, result } = merge(reviewer.json, writerEdited);
    expect(result.report.conflicts).toEqual([]);
    expect(merged).toBe(
      'Symptoms | Added by the writer meanwhile. | Fever[+ A] | [+B] is common. | Rash | Fatigue | See a doctor soon.',
    );
  });

  it('refuses an insertion whose surrounding words the writer changed', () => {
    const reviewer = new Harness(base);
    reviewer.cursorAfter('See a').type(' family');
    const { marked: merged, result } = merge(
      reviewer.json,
      doc(h2('Symptoms'), p('Fever is common.'), p('See your doctor.')),
    );
    expect(result.report.conflicts.map((c) => [c.kind, c.reason, c.quote])).toEqual([
      ['suggestion', 'text-changed', ' family'],
    ]);
    expect(merged).toBe('Symptoms | Fever is common. | See your doctor.');
  });
});

function insertedBy(text: string): JSONContent[] {
  return [
    {
      type: 'text',
      text,
      marks: [
        {
          type: 'insertion',
          attrs: {
            id: 's1',
            authorId: 'u-rui',
            authorName: 'Rui Reviewer',
            createdAt: expect.any(String),
          },
        },
      ],
    },
  ];
}

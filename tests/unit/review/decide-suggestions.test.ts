import { describe, expect, it } from 'vitest';
import { Fragment, Slice } from '@tiptap/pm/model';
import { splitBlock } from '@tiptap/pm/commands';
import { splitListItem } from '@tiptap/pm/schema-list';
import type { JSONContent } from '@tiptap/core';
import { doc, li, p, ul } from '../../../src/core/document/builders';
import { articleSchema } from '../../../src/core/document/schema';
import {
  acceptAllSuggestions,
  acceptSuggestion,
  decideSuggestions,
  listSuggestions,
  rejectAllSuggestions,
  rejectSuggestion,
  setSuggestingAuthor,
  withoutSuggestions,
} from '../../../src/core/review';
import { Harness, ana, marked, posOf, rui } from './editor-harness';

const schema = articleSchema();
const para = (text: string) => schema.nodes.paragraph!.create(null, schema.text(text));
const idOf = (editor: Harness, text: string) =>
  listSuggestions(editor.doc).find((s) => s.insertedText === text || s.deletedText === text)!.id;

/** A draft a reviewer went over: an insertion, a deletion and a replacement. */
function reviewed(): Harness {
  const editor = new Harness(doc(p('Take two tablets daily with water.')));
  editor.cursorAfter('tablets').type(' each');
  editor.cursorAfter('daily').backspace(6);
  editor.selectText('water').type('food');
  return editor;
}

describe('accepting and rejecting one suggestion', () => {
  it('starts from a document with three suggestions', () => {
    expect(marked(reviewed().doc)).toBe('Take two tablets[+ each][- daily] with [-water][+food].');
  });

  it('accepting an insertion keeps its text as ordinary text', () => {
    const editor = reviewed();
    expect(editor.run(acceptSuggestion(idOf(editor, ' each')))).toBe(true);
    expect(marked(editor.doc)).toBe('Take two tablets each[- daily] with [-water][+food].');
  });

  it('rejecting an insertion removes its text', () => {
    const editor = reviewed();
    editor.run(rejectSuggestion(idOf(editor, ' each')));
    expect(marked(editor.doc)).toBe('Take two tablets[- daily] with [-water][+food].');
  });

  it('accepting a deletion removes its text', () => {
    const editor = reviewed();
    editor.run(acceptSuggestion(idOf(editor, ' daily')));
    expect(marked(editor.doc)).toBe('Take two tablets[+ each] with [-water][+food].');
  });

  it('rejecting a deletion keeps its text as ordinary text', () => {
    const editor = reviewed();
    editor.run(rejectSuggestion(idOf(editor, ' daily')));
    expect(marked(editor.doc)).toBe('Take two tablets[+ each] daily with [-water][+food].');
  });

  it('accepting or rejecting a replacement takes both of its parts', () => {
    const accepted = reviewed();
    accepted.run(acceptSuggestion(idOf(accepted, 'water')));
    expect(marked(accepted.doc)).toBe('Take two tablets[+ each][- daily] with food.');
    const rejected = reviewed();
    rejected.run(rejectSuggestion(idOf(rejected, 'water')));
    expect(marked(rejected.doc)).toBe('Take two tablets[+ each][- daily] with water.');
  });

  it('is not itself tracked while suggesting is on', () => {
    const editor = reviewed();
    editor.run(rejectSuggestion(idOf(editor, ' each')));
    expect(listSuggestions(editor.doc)).toHaveLength(2);
  });

  it('returns false for an unknown id', () => {
    expect(reviewed().run(acceptSuggestion('nope'))).toBe(false);
  });
});

describe('accepting and rejecting all', () => {
  it('accept all applies every change', () => {
    const editor = reviewed();
    editor.run(acceptAllSuggestions());
    expect(marked(editor.doc)).toBe('Take two tablets each with food.');
  });

  it('reject all restores the original', () => {
    const editor = reviewed();
    editor.run(rejectAllSuggestions());
    expect(editor.json).toEqual(doc(p('Take two tablets daily with water.')));
  });

  it('returns false when there is nothing to decide', () => {
    expect(new Harness(doc(p('Plain.'))).run(acceptAllSuggestions())).toBe(false);
  });
});

describe('nested suggestions', () => {
  /** Rui deletes "quick brown"; Ana types "red " inside that deletion. */
  function insertionInDeletion(): Harness {
    const editor = new Harness(doc(p('The quick brown fox.')));
    editor.selectText('quick brown').backspace();
    editor.run(setSuggestingAuthor(ana));
    editor.cursorAfter('quick ').type('red ');
    return editor;
  }

  it('accepting the outer deletion keeps the inner insertion pending', () => {
    const editor = insertionInDeletion();
    editor.run(acceptSuggestion(idOf(editor, 'quick brown')));
    expect(marked(editor.doc)).toBe('The [+red ] fox.');
  });

  it('rejecting the inner insertion keeps the outer deletion whole', () => {
    const editor = insertionInDeletion();
    editor.run(rejectSuggestion(idOf(editor, 'red ')));
    expect(marked(editor.doc)).toBe('The [-quick brown] fox.');
    expect(listSuggestions(editor.doc)).toMatchObject([
      { kind: 'deletion', deletedText: 'quick brown' },
    ]);
  });

  /** Rui inserts " very quick"; Ana proposes deleting "very". */
  function deletionInInsertion(): Harness {
    const editor = new Harness(doc(p('The fox.')));
    editor.cursorAfter('The').type(' very quick');
    editor.run(setSuggestingAuthor(ana));
    editor.cursorAfter('very').backspace(4);
    return editor;
  }

  it('rejecting the outer insertion removes everything in it, the inner deletion too', () => {
    const editor = deletionInInsertion();
    editor.run(rejectSuggestion(idOf(editor, ' very quick')));
    expect(marked(editor.doc)).toBe('The fox.');
    expect(listSuggestions(editor.doc)).toEqual([]);
  });

  it('accepting the outer insertion leaves the inner deletion pending', () => {
    const editor = deletionInInsertion();
    editor.run(acceptSuggestion(idOf(editor, ' very quick')));
    expect(marked(editor.doc)).toBe('The [-very] quick fox.');
  });

  it('accepting the inner deletion removes that part of the insertion', () => {
    const editor = deletionInInsertion();
    editor.run(acceptSuggestion(idOf(editor, 'very')));
    expect(marked(editor.doc)).toBe('The[+  quick] fox.');
  });

  it('rejecting the inner deletion leaves the insertion whole', () => {
    const editor = deletionInInsertion();
    editor.run(rejectSuggestion(idOf(editor, 'very')));
    expect(marked(editor.doc)).toBe('The[+ very quick] fox.');
  });

  it('accept all and reject all settle nested suggestions', () => {
    const accepted = deletionInInsertion();
    accepted.run(acceptAllSuggestions());
    expect(marked(accepted.doc)).toBe('The  quick fox.');
    const rejected = insertionInDeletion();
    rejected.run(rejectAllSuggestions());
    expect(marked(rejected.doc)).toBe('The quick brown fox.');
  });
});

describe('suggestions across paragraphs', () => {
  it('rejecting pasted paragraphs joins the paragraph back', () => {
    const editor = new Harness(doc(p('Start end.')));
    editor.cursorAfter('Start').paste(new Slice(Fragment.from([para(' one'), para('two')]), 1, 1));
    editor.run(rejectAllSuggestions());
    expect(editor.json).toEqual(doc(p('Start end.')));
  });

  it('accepting a deletion across paragraphs joins them', () => {
    const editor = new Harness(doc(p('First line here.'), p('Second line here.')));
    editor.select(posOf(editor.doc, 'here.'), posOf(editor.doc, 'line', 1)).backspace();
    expect(marked(editor.doc)).toBe('First line [-here.] | [-Second ]line here.');
    editor.run(acceptAllSuggestions());
    expect(editor.json).toEqual(doc(p('First line line here.')));
  });

  it('rejecting a new paragraph removes the paragraph, not only its text', () => {
    const editor = new Harness(doc(p('Intro.'), p('Outro.')));
    editor.cursorAfter('Intro.');
    editor.run(splitBlock);
    editor.type('Added.');
    expect(marked(editor.doc)).toBe('Intro. | [+Added.] | Outro.');
    editor.run(rejectAllSuggestions());
    expect(editor.json).toEqual(doc(p('Intro.'), p('Outro.')));
  });

  it('accepting the deletion of a whole paragraph removes the paragraph', () => {
    const editor = new Harness(doc(p('Intro.'), p('Delete me.'), p('Outro.')));
    editor.selectText('Delete me.').backspace();
    editor.run(acceptAllSuggestions());
    expect(editor.json).toEqual(doc(p('Intro.'), p('Outro.')));
  });

  it('rejecting a new list item removes the item', () => {
    const editor = new Harness(doc(ul(li('Fever'), li('Rash'))));
    editor.cursorAfter('Fever');
    editor.run(splitListItem(schema.nodes.listItem!));
    editor.type('Chills');
    expect(marked(editor.doc)).toBe('Fever | [+Chills] | Rash');
    editor.run(rejectAllSuggestions());
    expect(editor.json).toEqual(doc(ul(li('Fever'), li('Rash'))));
  });

  it('keeps an empty paragraph when a suggestion was the whole document', () => {
    const editor = new Harness(doc(p()));
    editor.type('New text');
    editor.run(rejectAllSuggestions());
    expect(editor.json).toEqual(doc(p()));
  });
});

describe('withoutSuggestions', () => {
  it('is the document with every suggestion rejected, as JSON', () => {
    const editor = reviewed();
    expect(withoutSuggestions(editor.json)).toEqual(doc(p('Take two tablets daily with water.')));
  });

  it('leaves a document without suggestions as it is', () => {
    const plain: JSONContent = doc(p('Nothing to see.'), ul(li('Item')));
    expect(withoutSuggestions(plain)).toEqual(plain);
  });

  it('does not change the document it is given', () => {
    const json = reviewed().json;
    const copy = structuredClone(json);
    withoutSuggestions(json);
    expect(json).toEqual(copy);
  });
});

describe('decideSuggestions', () => {
  it('accepts or rejects chosen ids on a stored document', () => {
    const editor = reviewed();
    const ids = listSuggestions(editor.json).map((s) => s.id);
    const accepted = decideSuggestions(editor.json, 'accept', [ids[0]!, ids[2]!]);
    expect(marked(accepted)).toBe('Take two tablets each[- daily] with food.');
    expect(listSuggestions(accepted).map((s) => s.authorId)).toEqual([rui.id]);
  });
});

import { describe, expect, it } from 'vitest';
import { Fragment, Slice } from '@tiptap/pm/model';
import { joinBackward, splitBlock, toggleMark } from '@tiptap/pm/commands';
import { b, cite, doc, p } from '../../../src/core/document/builders';
import { articleSchema } from '../../../src/core/document/schema';
import { docToPlainText } from '../../../src/core/document/plain-text';
import {
  bypassSuggesting,
  isSuggesting,
  listSuggestions,
  setSuggesting,
  setSuggestingAuthor,
  toggleSuggesting,
} from '../../../src/core/review';
import { Harness, ana, marked, posOf, rui } from './editor-harness';

const schema = articleSchema();
const para = (text: string) => schema.nodes.paragraph!.create(null, schema.text(text));

describe('suggesting mode: typing', () => {
  it('marks typed text as one insertion with author, time and id', () => {
    const editor = new Harness(doc(p('The quick fox.')));
    editor.cursorAfter('quick').type(' brown');
    expect(marked(editor.doc)).toBe('The quick[+ brown] fox.');
    const [suggestion] = listSuggestions(editor.doc);
    expect(suggestion).toMatchObject({
      id: 's1',
      kind: 'insertion',
      authorId: rui.id,
      authorName: rui.name,
      insertedText: ' brown',
      deletedText: '',
    });
    expect(suggestion!.createdAt).toMatch(/^2025-01-0\dT/);
    expect(listSuggestions(editor.doc)).toHaveLength(1);
  });

  it('starts a new suggestion when typing elsewhere', () => {
    const editor = new Harness(doc(p('The quick fox.')));
    editor.cursorAfter('quick').type(' brown').cursorAfter('fox').type('es');
    expect(marked(editor.doc)).toBe('The quick[+ brown] fox[+es].');
    expect(listSuggestions(editor.doc).map((s) => [s.id, s.insertedText])).toEqual([
      ['s1', ' brown'],
      ['s2', 'es'],
    ]);
  });

  it('keeps the cursor after typed text, so typing reads left to right', () => {
    const editor = new Harness(doc(p('ab')));
    editor.cursorAfter('a').type('xyz');
    expect(marked(editor.doc)).toBe('a[+xyz]b');
    expect(editor.state.selection.head).toBe(posOf(editor.doc, 'b'));
  });

  it('marks an inserted citation', () => {
    const editor = new Harness(doc(p('Fever is common.')));
    const at = posOf(editor.doc, '.');
    editor.dispatch(
      editor.state.tr.insert(at, schema.nodes.citation!.create({ sourceIds: ['s1'] })),
    );
    expect(marked(editor.doc)).toBe('Fever is common[+{cite}].');
  });
});

describe('suggesting mode: deleting', () => {
  it('Backspace marks characters deleted instead of removing them, as one suggestion', () => {
    const editor = new Harness(doc(p('The quick brown fox.')));
    editor.cursorAfter('brown').backspace(5);
    expect(marked(editor.doc)).toBe('The quick [-brown] fox.');
    expect(editor.state.selection.head).toBe(posOf(editor.doc, 'brown'));
    expect(listSuggestions(editor.doc)).toMatchObject([
      { id: 's1', kind: 'deletion', deletedText: 'brown' },
    ]);
    expect(editor.doc.textContent).toBe('The quick brown fox.');
    expect(docToPlainText(editor.json)).toBe('The quick  fox.');
  });

  it('the Delete key marks forward and moves past what it marked', () => {
    const editor = new Harness(doc(p('The quick brown fox.')));
    editor.cursorAfter('quick ').forwardDelete(6);
    expect(marked(editor.doc)).toBe('The quick [-brown ]fox.');
    expect(editor.state.selection.head).toBe(posOf(editor.doc, 'fox'));
    expect(listSuggestions(editor.doc)).toHaveLength(1);
  });

  it('deleting text already marked deleted changes nothing but moves the cursor', () => {
    const editor = new Harness(doc(p('one two')));
    editor.cursorAfter('two').backspace(3);
    const before = editor.json;
    editor.cursorAfter('two').backspace(2);
    expect(editor.json).toEqual(before);
    expect(editor.state.selection.head).toBe(posOf(editor.doc, 'wo'));
  });

  it('really removes the author’s own pending insertion', () => {
    const editor = new Harness(doc(p('The fox.')));
    editor.cursorAfter('The').type(' quikc').backspace(2).type('ck');
    expect(marked(editor.doc)).toBe('The[+ quick] fox.');
    editor.cursorAfter('quick').backspace(6);
    expect(marked(editor.doc)).toBe('The fox.');
    expect(listSuggestions(editor.doc)).toEqual([]);
  });

  it('a selection over own insertion and original text removes the one and marks the other', () => {
    const editor = new Harness(doc(p('The fox ran.')));
    editor.cursorAfter('The').type(' red');
    editor.selectText('red fox').backspace();
    expect(marked(editor.doc)).toBe('The[+ ][- fox] ran.');
  });

  it('cutting a selection marks it deleted', () => {
    const editor = new Harness(doc(p('Take two tablets daily.')));
    editor.selectText('two tablets ');
    editor.dispatch(editor.state.tr.deleteSelection().setMeta('uiEvent', 'cut'));
    expect(marked(editor.doc)).toBe('Take [-two tablets ]daily.');
  });

  it('marks a deleted citation', () => {
    const editor = new Harness(doc(p('Fever ', cite('s1'), ' is common.')));
    const at = posOf(editor.doc, ' is');
    editor.select(at).backspace();
    expect(marked(editor.doc)).toBe('Fever [-{cite}] is common.');
  });

  it('a deletion across paragraphs keeps both paragraphs, their text marked', () => {
    const editor = new Harness(doc(p('First line here.'), p('Second line here.')));
    editor.select(posOf(editor.doc, 'here.'), posOf(editor.doc, 'line', 1)).backspace();
    expect(marked(editor.doc)).toBe('First line [-here.] | [-Second ]line here.');
    expect(listSuggestions(editor.doc)).toMatchObject([
      { kind: 'deletion', deletedText: 'here.\nSecond ' },
    ]);
  });
});

describe('suggesting mode: replacing and pasting', () => {
  it('typing over a selection is a deletion then an insertion: one replacement', () => {
    const editor = new Harness(doc(p('The quick fox.')));
    editor.selectText('quick').type('slow');
    expect(marked(editor.doc)).toBe('The [-quick][+slow] fox.');
    expect(listSuggestions(editor.doc)).toMatchObject([
      { id: 's1', kind: 'replacement', deletedText: 'quick', insertedText: 'slow' },
    ]);
  });

  it('pasting over a selection is a replacement, and pasted suggestion marks are not kept', () => {
    const editor = new Harness(doc(p('Take two tablets.')));
    const foreign = schema.marks.deletion!.create({
      id: 'x',
      authorId: 'x',
      authorName: 'X',
      createdAt: 't',
    });
    const pasted = new Slice(Fragment.from(schema.text('three', [foreign])), 0, 0);
    editor.selectText('two').paste(pasted);
    expect(marked(editor.doc)).toBe('Take [-two][+three] tablets.');
    expect(listSuggestions(editor.doc).map((s) => s.id)).toEqual(['s1']);
  });

  it('pasting paragraphs marks all their text, keeping the structure', () => {
    const editor = new Harness(doc(p('Start end.')));
    editor.cursorAfter('Start').paste(new Slice(Fragment.from([para(' one'), para('two')]), 1, 1));
    expect(marked(editor.doc)).toBe('Start[+ one] | [+two] end.');
    expect(listSuggestions(editor.doc)).toMatchObject([
      { kind: 'insertion', insertedText: ' one\ntwo' },
    ]);
  });
});

describe('suggesting mode: other authors', () => {
  it('typing inside another author’s deletion is an insertion, not deleted', () => {
    const editor = new Harness(doc(p('The quick brown fox.')));
    editor.selectText('quick brown').backspace();
    editor.run(setSuggestingAuthor(ana));
    editor.cursorAfter('quick ').type('red ');
    expect(marked(editor.doc)).toBe('The [-quick ][+red ][-brown] fox.');
    const suggestions = listSuggestions(editor.doc);
    expect(suggestions.map((s) => [s.authorName, s.kind, s.insertedText || s.deletedText])).toEqual(
      [
        [rui.name, 'deletion', 'quick brown'],
        [ana.name, 'insertion', 'red '],
      ],
    );
  });

  it('typing inside another author’s insertion splits it and makes a new one', () => {
    const editor = new Harness(doc(p('The fox.')));
    editor.cursorAfter('The').type(' quick');
    editor.run(setSuggestingAuthor(ana));
    editor.cursorAfter('qu').type('XX');
    expect(marked(editor.doc)).toBe('The[+ qu][+XX][+ick] fox.');
    expect(listSuggestions(editor.doc).map((s) => [s.authorName, s.insertedText])).toEqual([
      [rui.name, ' quick'],
      [ana.name, 'XX'],
    ]);
  });

  it('deleting part of another author’s insertion marks it deleted, keeping the insertion', () => {
    const editor = new Harness(doc(p('The fox.')));
    editor.cursorAfter('The').type(' very quick');
    editor.run(setSuggestingAuthor(ana));
    editor.cursorAfter('very').backspace(4);
    expect(marked(editor.doc)).toBe('The[+ ][±very][+ quick] fox.');
    expect(listSuggestions(editor.doc).map((s) => [s.authorName, s.kind])).toEqual([
      [rui.name, 'insertion'],
      [ana.name, 'deletion'],
    ]);
  });
});

describe('suggesting mode: what is not tracked', () => {
  it('Enter splits a paragraph and Backspace at its start joins it, untracked', () => {
    const editor = new Harness(doc(p('One two.')));
    editor.cursorAfter('One');
    editor.run(splitBlock);
    expect(marked(editor.doc)).toBe('One |  two.');
    editor.select(posOf(editor.doc, ' two'));
    editor.run(joinBackward);
    expect(marked(editor.doc)).toBe('One two.');
  });

  it('formatting is applied as is', () => {
    const editor = new Harness(doc(p('Take with food.')));
    editor.selectText('with');
    editor.run(toggleMark(schema.marks.bold!));
    expect(editor.json).toEqual(doc(p('Take ', ...b('with'), ' food.')));
  });

  it('does nothing while switched off, and switches on and off by command', () => {
    const editor = new Harness(doc(p('ab')), rui, false);
    expect(isSuggesting(editor.state)).toBe(false);
    editor.cursorAfter('a').type('x');
    expect(marked(editor.doc)).toBe('axb');
    editor.run(toggleSuggesting());
    expect(isSuggesting(editor.state)).toBe(true);
    editor.type('y');
    expect(marked(editor.doc)).toBe('ax[+y]b');
    editor.run(setSuggesting(false));
    editor.type('z');
    expect(marked(editor.doc)).toBe('ax[+y]zb');
  });

  it('applies a transaction marked bypass as it is', () => {
    const editor = new Harness(doc(p('Loaded text.')));
    editor.dispatch(bypassSuggesting(editor.state.tr.delete(1, 8)));
    expect(marked(editor.doc)).toBe('text.');
  });

  it('applies programmatic changes as they are: loading content, changes kept out of history', () => {
    const editor = new Harness(doc(p('Old draft.')));
    const loaded = schema.nodeFromJSON(doc(p('Another draft.')));
    editor.dispatch(
      editor.state.tr
        .replaceWith(0, editor.doc.content.size, loaded.content)
        .setMeta('preventUpdate', true),
    );
    expect(marked(editor.doc)).toBe('Another draft.');
    editor.dispatch(editor.state.tr.insertText('!', 14).setMeta('addToHistory', false));
    expect(marked(editor.doc)).toBe('Another draft!.');
  });

  it('undo takes back a tracked edit whole', () => {
    const editor = new Harness(doc(p('The quick fox.')));
    editor.selectText('quick').type('s');
    expect(marked(editor.doc)).toBe('The [-quick][+s] fox.');
    editor.undo();
    expect(marked(editor.doc)).toBe('The quick fox.');
    expect(listSuggestions(editor.doc)).toEqual([]);
  });
});

describe('suggesting mode: where suggestions cannot be marked', () => {
  it('edits a code block as is, since its text takes no marks', () => {
    const editor = new Harness({
      type: 'doc',
      content: [{ type: 'codeBlock', content: [{ type: 'text', text: 'let dose = 2;' }] }],
    });
    editor.cursorAfter('dose = 2').backspace().type('3');
    expect(marked(editor.doc)).toBe('let dose = 3;');
    expect(listSuggestions(editor.doc)).toEqual([]);
  });
});

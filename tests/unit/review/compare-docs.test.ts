import { describe, expect, it } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { b, cite, doc, h2, h3, hr, li, p, ul } from '../../../src/core/document/builders';
import { compareDocs, wordDiff, type DiffPart } from '../../../src/core/review';
import { longArticle } from '../../../bench/long-article';

/** A changed block's parts as `[-old][+new]` text, for reading in assertions. */
const render = (parts: readonly DiffPart[]) =>
  parts
    .map((part) =>
      part.kind === 'equal' ? part.text : `[${part.kind === 'added' ? '+' : '-'}${part.text}]`,
    )
    .join('');

describe('word diff', () => {
  it('marks inserted and deleted words', () => {
    expect(render(wordDiff('Take two tablets daily.', 'Take three tablets daily with food.'))).toBe(
      'Take [-two][+three] tablets daily[+ with food].',
    );
  });

  it('joins neighbouring changed words into one readable replacement', () => {
    expect(render(wordDiff('the quick brown fox', 'a slow brown fox'))).toBe(
      '[-the quick][+a slow] brown fox',
    );
  });

  it('shows a block rewritten through and through as old text then new text', () => {
    const before =
      'Most people who take part in these trials have a fever in the first week after the infusion';
    const after = before.split(' ').reverse().join(' ');
    expect(wordDiff(before, after)).toEqual([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
  });

  it('both sides can be rebuilt from the parts', () => {
    const before = 'Fever is common in the first week, and usually mild.';
    const after = 'A high fever is very common in the first days; it is usually mild.';
    const parts = wordDiff(before, after);
    expect(
      parts
        .filter((part) => part.kind !== 'added')
        .map((part) => part.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((part) => part.kind !== 'removed')
        .map((part) => part.text)
        .join(''),
    ).toBe(after);
  });
});

describe('compareDocs', () => {
  const v1 = doc(
    h2('Risks'),
    p('Most people have a fever in the first week ', cite('muller2024'), '.'),
    ul(li(...b('Rash:'), ' rare.'), li(...b('Fatigue:'), ' common.')),
    p('Call your doctor.'),
  );

  it('says two equal versions are identical', () => {
    const diff = compareDocs(v1, structuredClone(v1));
    expect(diff.identical).toBe(true);
    expect(diff.blocks.every((block) => block.kind === 'unchanged')).toBe(true);
    expect(diff.stats).toMatchObject({ blocksUnchanged: 5, wordsAdded: 0, wordsRemoved: 0 });
  });

  it('aligns blocks and diffs words inside changed ones', () => {
    const v2 = doc(
      h2('Risks'),
      p('New paragraph about who can take part.'),
      p('Most people have a high fever in the first days ', cite('muller2024'), '.'),
      ul(li(...b('Fatigue:'), ' common.')),
      p('Call your doctor.'),
    );
    const diff = compareDocs(v1, v2);
    expect(diff.identical).toBe(false);
    expect(diff.blocks.map((block) => block.kind)).toEqual([
      'unchanged',
      'added',
      'changed',
      'removed',
      'unchanged',
      'unchanged',
    ]);
    const changed = diff.blocks[2]!;
    if (changed.kind !== 'changed') throw new Error('expected a changed block');
    expect(render(changed.parts)).toBe(
      'Most people have a [+high ]fever in the first [-week][+days] [muller2024].',
    );
    expect(diff.blocks[3]).toEqual({
      kind: 'removed',
      before: { type: 'paragraph', level: null, containers: ['bulletList', 'listItem'] },
      text: 'Rash: rare.',
    });
    expect(diff.stats).toEqual({
      blocksAdded: 1,
      blocksRemoved: 1,
      blocksChanged: 1,
      blocksUnchanged: 3,
      wordsAdded: 7 + 2,
      wordsRemoved: 1 + 2,
    });
  });

  it('shows a heading that changed level or a block that moved into a list as changed, not equal', () => {
    const diff = compareDocs(
      doc(h2('Dosage'), p('Two a day.')),
      doc(h3('Dosage'), ul(li('Two a day.'))),
    );
    expect(
      diff.blocks.map((block) => [block.kind, 'before' in block ? block.before.type : null]),
    ).toEqual([
      ['changed', 'heading'],
      ['changed', 'paragraph'],
    ]);
    const heading = diff.blocks[0]!;
    if (heading.kind !== 'changed') throw new Error('expected a changed block');
    expect(heading.before.level).toBe(2);
    expect(heading.after.level).toBe(3);
    expect(heading.parts).toEqual([{ kind: 'equal', text: 'Dosage' }]);
  });

  it('labels citations as the caller asks, so a changed citation shows', () => {
    const number = (ids: readonly string[]) =>
      `[${ids.map((id) => ({ a: 1, b: 2 })[id as 'a' | 'b']).join(',')}]`;
    const diff = compareDocs(doc(p('Fever ', cite('a'), '.')), doc(p('Fever ', cite('b'), '.')), {
      citationText: number,
    });
    const block = diff.blocks[0]!;
    if (block.kind !== 'changed') throw new Error('expected a changed block');
    expect(render(block.parts)).toBe('Fever [-[1]][+[2]].');
  });

  it('keeps a horizontal rule as a block of its own', () => {
    const diff = compareDocs(doc(p('One.'), p('Two.')), doc(p('One.'), hr(), p('Two.')));
    expect(diff.blocks.map((block) => block.kind)).toEqual(['unchanged', 'added', 'unchanged']);
    expect(diff.blocks[1]).toMatchObject({ kind: 'added', after: { type: 'horizontalRule' } });
  });

  it('compares two 20,000-word versions and finds exactly the edits made', () => {
    const before = longArticle(20_000);
    const after = structuredClone(before) as JSONContent;
    const blocks = after.content!;
    blocks.splice(40, 1);
    blocks.splice(100, 0, p('A new paragraph the writer added in the second version.'));
    const edited = blocks
      .slice(200)
      .flatMap((block) => block.content ?? [])
      .find((inline) => inline.text?.includes('Talk to your doctor'))!;
    edited.text = edited.text!.replace('Talk to your doctor', 'Talk to your own doctor');
    const diff = compareDocs(before, after);
    expect(diff.stats).toMatchObject({
      blocksAdded: 1,
      blocksRemoved: 1,
      blocksChanged: 1,
      wordsAdded: 10 + 1,
    });
    const changed = diff.blocks.find((block) => block.kind === 'changed');
    expect(changed && changed.kind === 'changed' && render(changed.parts)).toContain(
      'Talk to your [+own ]doctor',
    );
  });
});

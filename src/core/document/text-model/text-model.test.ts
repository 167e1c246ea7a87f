import { describe, expect, it } from 'vitest';
import { cite, doc, h2, li, p, ul } from '../builders';
import { articleSchema } from '../schema';
import { extractBlocks } from './blocks';
import { sentencesOf } from './sentence';
import { splitSentences } from './sentences';

const split = (text: string) => splitSentences(text).map((span) => text.slice(span.from, span.to));

describe('sentence splitting', () => {
  it('survives abbreviations, initials, decimals and ellipses', () => {
    expect(split('Take 2.5 mg daily, e.g. with food. Dr. Smith agrees.')).toEqual([
      'Take 2.5 mg daily, e.g. with food.',
      'Dr. Smith agrees.',
    ]);
    expect(
      split('Müller et al. reported it. J. K. Rowling wrote... something else. Then it ended!'),
    ).toEqual([
      'Müller et al. reported it.',
      'J. K. Rowling wrote... something else.',
      'Then it ended!',
    ]);
    expect(split('Is it a cure? It is far too early to use that word.')).toEqual([
      'Is it a cure?',
      'It is far too early to use that word.',
    ]);
  });

  it('keeps a citation with the sentence it closes, before or after the full stop', () => {
    expect(split('All went into remission \ufffc. Then came relapse.')).toEqual([
      'All went into remission \ufffc.',
      'Then came relapse.',
    ]);
    expect(split('All went into remission. \ufffc Then came relapse.')).toEqual([
      'All went into remission. \ufffc',
      'Then came relapse.',
    ]);
  });
});

describe('the text model', () => {
  it('maps block text to editor positions and knows headings, lists and citations', () => {
    const node = articleSchema().nodeFromJSON(
      doc(h2('Risks'), p('Infection is common ', cite('a'), '.'), ul(li('Fever'))),
    );
    const blocks = extractBlocks(node);
    expect(
      blocks.map((block) => [block.kind, block.text, block.headingPath, block.inList]),
    ).toEqual([
      ['heading', 'Risks', [], false],
      ['paragraph', 'Infection is common \ufffc.', ['Risks'], false],
      ['paragraph', 'Fever', ['Risks'], true],
    ]);
    const paragraph = blocks[1];
    if (!paragraph) throw new Error('no paragraph');
    expect(node.textBetween(paragraph.start, paragraph.start + 9)).toBe('Infection');
    expect(node.nodeAt(paragraph.start + (paragraph.citations[0]?.offset ?? 0))?.type.name).toBe(
      'citation',
    );
  });

  it('reads questions, negation, hedges and quotes', () => {
    const node = articleSchema().nodeFromJSON(
      doc(
        p(
          'Is it a cure? CAR-T is not a cure. It may help some people. Some call it a "cure". It cures lupus.',
        ),
      ),
    );
    const [block] = extractBlocks(node);
    if (!block) throw new Error('no block');
    const sentences = sentencesOf(block);
    const cureIn = (index: number) => {
      const sentence = sentences[index];
      if (!sentence) throw new Error('no sentence');
      const at = block.text.indexOf('cure', sentence.from);
      return {
        question: sentence.context.isQuestion,
        negated: sentence.context.isNegated(at, at + 4),
        quoted: sentence.context.isQuoted(at, at + 4),
        hedged: sentence.context.hedged,
      };
    };
    expect(cureIn(0)).toMatchObject({ question: true });
    expect(cureIn(1)).toMatchObject({ question: false, negated: true });
    expect(sentences[2]?.context.hedged).toBe(true);
    expect(cureIn(3)).toMatchObject({ quoted: true, negated: false });
    expect(cureIn(4)).toEqual({ question: false, negated: false, quoted: false, hedged: false });
  });
});

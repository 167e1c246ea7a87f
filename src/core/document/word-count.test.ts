import { describe, expect, it } from 'vitest';
import { b, cite, doc, h2, li, p, ul } from './builders';
import { docToPlainText } from './plain-text';
import { countWords, readingMinutes, readingTimeLabel, WORDS_PER_MINUTE } from './word-count';

describe('word count', () => {
  it('counts words the way a writer would', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  Lupus is an autoimmune disease. ')).toBe(5);
    expect(countWords("Don't stop CAR-T therapy; 2.5 mg twice a day — ask.")).toBe(10);
    expect(countWords('Müller et al. (2024) reported naïve B-cells.')).toBe(7);
  });

  it('rounds reading time at the stated rate, never below one minute', () => {
    expect(WORDS_PER_MINUTE).toBe(230);
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(12)).toBe(1);
    expect(readingMinutes(2530)).toBe(11);
    expect(readingTimeLabel(2530)).toBe('11 min read');
  });

  it('derives plain text from a document, leaving citations out', () => {
    const text = docToPlainText(
      doc(
        h2('Risks'),
        p('Infections are common ', cite('muller2024'), '.'),
        ul(li('Fever'), li(...b('Rash'))),
      ),
    );
    expect(text).toBe('Risks\n\nInfections are common .\n\nFever\n\nRash');
    expect(countWords(text)).toBe(6);
  });
});

import type { Word } from './words';

/** Words that negate what follows them in the same clause. */
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'none',
  'nor',
  'neither',
  'without',
  'cannot',
  "can't",
  "won't",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "don't",
  "doesn't",
  "didn't",
  "hasn't",
  "haven't",
  "shouldn't",
  "wouldn't",
  'hardly',
  'nothing',
  'nobody',
  'unlike',
  'unproven',
  'lacks',
  'lack',
  'myth',
  'false',
  'neither',
]);

/** Multi-word negators: "far from proven", "too early to", "rather than", "instead of". */
const NEGATOR_PHRASES = [
  ['far', 'from'],
  ['too', 'early'],
  ['too', 'soon'],
  ['rather', 'than'],
  ['instead', 'of'],
  ['no', 'longer'],
  ['not', 'yet'],
  ['claims', 'that'],
  ['claim', 'that'],
  ['claimed', 'that'],
  ['so-called'],
];

/** Words that make a sentence tentative rather than certain. */
const HEDGES = new Set([
  'may',
  'might',
  'could',
  'possibly',
  'perhaps',
  'potentially',
  'potential',
  'suggest',
  'suggests',
  'suggested',
  'suggesting',
  'appear',
  'appears',
  'appeared',
  'seem',
  'seems',
  'seemed',
  'likely',
  'unlikely',
  'early',
  'preliminary',
  'pilot',
  'limited',
  'promising',
  'tentative',
  'tentatively',
  'uncertain',
  'unclear',
  'small',
  'hints',
  'hint',
  'indicate',
  'indicates',
  'associated',
  'linked',
]);

/** Words and marks that close a clause: negation does not reach past them. */
const CLAUSE_WORDS = new Set([
  'but',
  'however',
  'although',
  'though',
  'while',
  'whereas',
  'yet',
  'and',
  'because',
  'which',
]);
const CLAUSE_MARKS = /[,;:—–()]|\s-\s/;

/** What a sentence says about itself: question, quotes, hedges and what is negated. */
export interface SentenceContext {
  isQuestion: boolean;
  hedged: boolean;
  /** Whether the words from `from` to `to` (block offsets) are negated in their clause. */
  isNegated: (from: number, to: number) => boolean;
  /** Whether the range lies inside quotation marks. */
  isQuoted: (from: number, to: number) => boolean;
}

/** Reads a sentence's context from its text (block offsets `from`..`to`) and words. */
export function sentenceContext(
  text: string,
  from: number,
  to: number,
  words: readonly Word[],
): SentenceContext {
  const sentence = text.slice(from, to);
  const isQuestion = /\?[\s"”’')\]\ufffc]*$/.test(sentence);
  const hedged = words.some((word) => HEDGES.has(word.lower));
  const quotes = quotedRanges(text, from, to);

  const clauseBreakBetween = (a: number, b: number): boolean => CLAUSE_MARKS.test(text.slice(a, b));

  const isNegated = (start: number, end: number): boolean => {
    const index = words.findIndex((word) => word.from >= start);
    if (index < 0) return false;
    // Look back through the clause, up to eight words.
    for (let k = index - 1, steps = 0; k >= 0 && steps < 8; k -= 1, steps += 1) {
      const word = words[k];
      const nextStart = words[k + 1]?.from ?? start;
      if (!word || clauseBreakBetween(word.to, nextStart)) break;
      if (NEGATORS.has(word.lower) || word.lower.endsWith("n't")) return true;
      if (NEGATOR_PHRASES.some((phrase) => matchesAt(words, k, phrase))) return true;
      if (CLAUSE_WORDS.has(word.lower) && steps > 0) break;
    }
    // "A cure is not possible": a negator right after the term, in its clause.
    const after = words.findIndex((word) => word.from >= end);
    for (let k = after, steps = 0; k >= 0 && k < words.length && steps < 4; k += 1, steps += 1) {
      const word = words[k];
      const previousEnd = words[k - 1]?.to ?? end;
      if (!word || clauseBreakBetween(previousEnd, word.from)) break;
      if (NEGATORS.has(word.lower) || word.lower.endsWith("n't")) return true;
      if (CLAUSE_WORDS.has(word.lower)) break;
    }
    return false;
  };

  const isQuoted = (start: number, end: number): boolean =>
    quotes.some((range) => range.from <= start && end <= range.to);

  return { isQuestion, hedged, isNegated, isQuoted };
}

function matchesAt(words: readonly Word[], index: number, phrase: readonly string[]): boolean {
  return phrase.every((part, offset) => words[index + offset]?.lower === part);
}

/** Ranges between matching quotation marks (straight or curly; apostrophes inside words are not quotes). */
function quotedRanges(text: string, from: number, to: number): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  const pairs: [RegExp, string][] = [
    [/“([^”]*)”/g, '“'],
    [/"([^"]*)"/g, '"'],
    [/(^|[\s([])‘([^’]*?)’(?=$|[\s.,;:!?)\]])/g, '‘'],
    [/(^|[\s([])'([^']*?)'(?=$|[\s.,;:!?)\]])/g, "'"],
  ];
  const slice = text.slice(from, to);
  for (const [pattern] of pairs) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
      const lead = match[0].length - match[0].trimStart().length;
      ranges.push({ from: from + match.index + lead, to: from + match.index + match[0].length });
    }
  }
  return ranges;
}

import { CITATION_CHAR } from './blocks';

/** A sentence as a range of its block's text. */
export interface SentenceSpan {
  from: number;
  to: number;
}

/** Abbreviations whose full stop does not end a sentence (lower case, without the dot). */
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'al',
  'et al',
  'etc',
  'vs',
  'v',
  'cf',
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'st',
  'jr',
  'sr',
  'no',
  'nos',
  'fig',
  'figs',
  'approx',
  'ca',
  'incl',
  'ed',
  'eds',
  'vol',
  'pp',
  'p',
  'inc',
  'ltd',
  'co',
  'dept',
  'univ',
  'min',
  'max',
  'mg',
  'mcg',
  'ml',
  'resp',
  'ref',
  'refs',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'a.m',
  'p.m',
  'ph.d',
  'm.d',
]);

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', CITATION_CHAR]);
const TERMINATORS = new Set(['.', '!', '?', '…']);

/**
 * Splits block text into sentences. Survives "e.g.", "et al.", "Dr.", initials,
 * decimals (2.5 mg) and ellipses; a citation right after the full stop
 * ("remission.[1] Then…") belongs to the sentence it closes; a line break ends one.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = skipSpace(text, 0);
  let i = start;
  while (i < text.length) {
    const char = text[i] ?? '';
    if (char === '\n') {
      push(spans, text, start, i);
      start = skipSpace(text, i + 1);
      i = start;
      continue;
    }
    if (TERMINATORS.has(char) && endsSentence(text, i)) {
      let end = i + 1;
      while (
        end < text.length &&
        (TERMINATORS.has(text[end] ?? '') || CLOSERS.has(text[end] ?? ''))
      )
        end += 1;
      // A citation after a space still closes this sentence: "…remission. [1] Next".
      let look = end;
      while (look < text.length && text[look] === ' ') look += 1;
      while (look < text.length && (text[look] === CITATION_CHAR || text[look] === ' ')) {
        if (text[look] === CITATION_CHAR) end = look + 1;
        look += 1;
      }
      push(spans, text, start, end);
      start = skipSpace(text, end);
      i = start;
      continue;
    }
    i += 1;
  }
  push(spans, text, start, text.length);
  return spans;
}

function endsSentence(text: string, index: number): boolean {
  const char = text[index];
  let next = index + 1;
  while (next < text.length && (TERMINATORS.has(text[next] ?? '') || CLOSERS.has(text[next] ?? '')))
    next += 1;
  if (next >= text.length) return true;
  const after = text[next] ?? '';
  if (after !== ' ' && after !== '\n' && after !== '\u00a0') return false;
  if (char !== '.') return true;
  const before = text.slice(Math.max(0, index - 12), index);
  // A decimal ("2.5") never reaches here (no space after the dot); an abbreviation or an initial does.
  const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/^.*\s/, ''))) {
    // "et al." at the very end of a sentence is common too: end it if a capitalised word
    // that is not a name-like continuation follows… we cannot know, so keep going unless a
    // line or the text ends.
    return false;
  }
  if (/(^|[\s(])\p{Lu}$/u.test(before)) return false; // an initial: "J. Smith"
  const following = text.slice(next).trimStart()[0] ?? '';
  // A new sentence starts with a capital, a digit, a quote or a bracket.
  return /[\p{Lu}\p{N}"“‘'([]/u.test(following) || following === CITATION_CHAR;
}

function skipSpace(text: string, index: number): number {
  let i = index;
  while (i < text.length && /\s/.test(text[i] ?? '')) i += 1;
  return i;
}

function push(spans: SentenceSpan[], text: string, from: number, to: number): void {
  let end = to;
  while (end > from && /\s/.test(text[end - 1] ?? '')) end -= 1;
  if (end > from && /[\p{L}\p{N}]/u.test(text.slice(from, end))) spans.push({ from, to: end });
}

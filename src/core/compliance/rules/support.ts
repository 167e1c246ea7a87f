import type { Sentence } from '../../document/text-model';
import type { BlockHit } from '../rule';

/** Every match of a pattern (global flag added) in a sentence, as block-offset ranges. */
export function matchesIn(
  sentence: Sentence,
  pattern: RegExp,
): { from: number; to: number; text: string }[] {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  const global = new RegExp(pattern.source, flags);
  const found: { from: number; to: number; text: string }[] = [];
  for (let match = global.exec(sentence.text); match; match = global.exec(sentence.text)) {
    if (!match[0]) {
      global.lastIndex += 1;
      continue;
    }
    found.push({
      from: sentence.from + match.index,
      to: sentence.from + match.index + match[0].length,
      text: match[0],
    });
  }
  return found;
}

/** The sentence as one hit, trimmed of trailing citation marks and spaces. */
export function sentenceHit(sentence: Sentence, extra: Partial<BlockHit> = {}): BlockHit {
  let to = sentence.to;
  while (to > sentence.from && /[\s\ufffc]/.test(sentence.block.text[to - 1] ?? '')) to -= 1;
  return { from: sentence.from, to, ...extra };
}

/** Words a sentence uses to say it speaks under medical supervision. */
export const SUPERVISION =
  /\b(doctor|doctors|gp|pharmacist|specialist|nurse|prescriber|consultant|care team|healthcare professional|health professional|medical advice|medical supervision|supervision|clinician)\b/i;

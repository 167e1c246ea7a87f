import { ignoredAt } from '../contexts';
import type { BlockHit } from '../rule';
import type { CodeRuleFactory } from './registry';
import { matchesIn, SUPERVISION } from './support';

const MEDICINE = String.raw`(?:medications?|medicines?|meds|tablets|pills|drugs?|insulin|inhalers?|steroids?|prescriptions?|treatment|doses?|dosage|antidepressants?|statins?|blood thinners?|anticoagulants?|warfarin|metformin|chemotherapy|chemo|injections?)`;

/** Telling readers to stop or change what they take. */
const ADVICE: RegExp[] = [
  new RegExp(
    String.raw`^(?:so\s+|then\s+|simply\s+|just\s+)?(?:stop|quit|discontinue|come off|cut down(?: on)?|cut back(?: on)?|reduce|lower|halve|double|skip|ditch|drop|wean yourself off|swap|replace)\b[^.?!]{0,40}\b(?:your\s+)?${MEDICINE}`,
    'i',
  ),
  /\byou (?:can|could|should|may|might want to|are free to)\s+(?:now\s+|safely\s+|simply\s+|finally\s+)?(?:stop|quit|discontinue|come off|reduce|skip|ditch|throw away|halve|double)\b/i,
  new RegExp(String.raw`\bno (?:longer )?need (?:for|to take|to use) your\s+${MEDICINE}`, 'i'),
  new RegExp(String.raw`\b(?:instead of|in place of|replace)\s+your\s+${MEDICINE}`, 'i'),
];

/** stop-medication-advice: telling readers to stop or change prescribed medicine without medical supervision. */
export const stopMedicationAdvice: CodeRuleFactory = (base) => ({
  ...base,
  block: (_block, sentences) => {
    const hits: BlockHit[] = [];
    sentences.forEach((sentence, index) => {
      const supervised =
        SUPERVISION.test(sentence.text) || SUPERVISION.test(sentences[index + 1]?.text ?? '');
      if (supervised) return;
      for (const pattern of ADVICE) {
        for (const match of matchesIn(sentence, pattern)) {
          if (ignoredAt(sentence, match.from, match.to, ['question', 'negated', 'quoted']))
            continue;
          if (hits.some((hit) => hit.from < match.to && match.from < hit.to)) continue;
          hits.push({ from: match.from, to: match.to });
        }
      }
    });
    return { hits };
  },
});

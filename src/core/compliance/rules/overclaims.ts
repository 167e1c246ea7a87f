import type { Sentence } from '../../document/text-model';
import { ignoredAt } from '../contexts';
import type { BlockHit } from '../rule';
import type { CodeRuleFactory } from './registry';
import { matchesIn } from './support';

const DISEASE = String.raw`(?:disease|diseases|condition|conditions|illness|cancer|cancers|tumou?rs?|lupus|diabetes|arthritis|asthma|eczema|psoriasis|dementia|alzheimer'?s|autism|infection|infections|symptoms|pain|depression|anxiety|\w+itis|\w+osis|\w+emia|\w+aemia)`;

/** Ways of saying a treatment cures, eliminates or permanently fixes a disease. */
const CURE_PATTERNS: RegExp[] = [
  /\bcur(?:e|es|ed|ing|ative)\b/i,
  new RegExp(
    String.raw`\b(?:eliminat|eradicat|wip)\w*\s+(?:out\s+)?(?:[\w'-]+\s+){0,3}?${DISEASE}\b`,
    'i',
  ),
  new RegExp(
    String.raw`\b(?:revers|banish|defeat|beat)\w*\s+(?:[\w'-]+\s+){0,2}?${DISEASE}\b`,
    'i',
  ),
  new RegExp(String.raw`\bget(?:s|ting)?\s+rid\s+of\s+(?:[\w'-]+\s+){0,2}?${DISEASE}\b`, 'i'),
  /\bpermanent(?:ly)?\s+(?:fix|fixes|fixed|cure|cures|cured|heal|heals|healed|remov\w*|end\w*|solv\w*|reverse\w*)\b/i,
  /\b(?:fix|fixes|fixed|heal|heals|healed)\b[^.]{0,40}\bfor good\b/i,
];

/** "The search for a cure" is not a claim to have one. */
const CURE_EXCEPTIONS =
  /\b(?:search|searching|hope|hoping|hopes|hunt|quest|look|looking|race|research|work|working|path|closer|steps?|progress|journey|no|without)\s+(?:for|towards?|to)\s+(?:a\s+|the\s+)?cure\b|\bcure rates?\b|\bcured (?:meat|ham|bacon|fish)\b/i;

/** cure-claim: claims to cure, eliminate or permanently fix a disease. */
export const cureClaim: CodeRuleFactory = (base) => ({
  ...base,
  block: (_block, sentences) => ({ hits: sentences.flatMap(findCureClaims) }),
});

function findCureClaims(sentence: Sentence): BlockHit[] {
  const exceptions = matchesIn(sentence, CURE_EXCEPTIONS);
  const hits: BlockHit[] = [];
  for (const pattern of CURE_PATTERNS) {
    for (const match of matchesIn(sentence, pattern)) {
      if (exceptions.some((range) => range.from <= match.from && match.to <= range.to)) continue;
      if (ignoredAt(sentence, match.from, match.to, ['question', 'negated', 'quoted'])) continue;
      if (hits.some((hit) => hit.from < match.to && match.from < hit.to)) continue;
      hits.push({ from: match.from, to: match.to });
    }
  }
  return hits;
}

/** Absolute promises no treatment can keep. */
const ABSOLUTES =
  /\b(?:guarantee[sd]?|guaranteeing|100\s?(?:%|per ?cent)\s+(?:effective|safe|success\w*|natural|cure\w*)|always works|works every time|never fails|no side[\s-]effects|zero side[\s-]effects|without (?:any )?side[\s-]effects|risk[\s-]free|completely safe|totally safe|perfectly safe|entirely safe|absolutely safe|100\s?(?:%|per ?cent)\s+safe|no risks?(?: at all)?)\b/i;

/** "proven" said of a treatment, which only unqualified is an overclaim. */
const PROVEN = /\b(?:clinically |scientifically |medically )?prov(?:en|es)\b/i;
const QUALIFIED =
  /\b(?:trials?|stud(?:y|ies)|in \d+|in (?:a|one|two|several) |for (?:some|certain)|to (?:lower|reduce|improve|help)\b[^.]*\bin\b)/i;

/** absolute-claim: "guaranteed", "100% effective", "no side effects", "risk-free", "completely safe", unqualified "proven". */
export const absoluteClaim: CodeRuleFactory = (base) => ({
  ...base,
  block: (_block, sentences) => {
    const hits: BlockHit[] = [];
    for (const sentence of sentences) {
      for (const match of matchesIn(sentence, ABSOLUTES)) {
        if (ignoredAt(sentence, match.from, match.to, ['question', 'negated', 'quoted'])) continue;
        // "no risk" and "without side effects" carry their own negation: only the question and quote checks apply.
        hits.push({ from: match.from, to: match.to });
      }
      for (const match of matchesIn(sentence, PROVEN)) {
        if (ignoredAt(sentence, match.from, match.to, ['question', 'negated', 'quoted'])) continue;
        const qualified = sentence.citations.length > 0 && QUALIFIED.test(sentence.text);
        if (qualified || /^unproven$/i.test(match.text)) continue;
        hits.push({
          from: match.from,
          to: match.to,
          message:
            '“%s” overstates certainty: say what was shown, in whom and how strongly, and cite it.',
        });
      }
    }
    return { hits };
  },
});

import { isWeakEvidence } from '../../citations/evidence-badge';
import type { Source } from '../../citations/source';
import { evidenceBadge } from '../../citations/evidence-badge';
import type { Sentence } from '../../document/text-model';
import type { BlockHit } from '../rule';
import type { CodeRuleFactory } from './registry';
import { sentenceHit } from './support';

const NUMBER_WORD =
  '(?:\\d+(?:[.,]\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a hundred|a thousand)';

/** Signals that a sentence states a study result, a statistic, a risk change or an efficacy claim. */
const CLAIM_SIGNALS: RegExp[] = [
  /\b\d+(?:[.,]\d+)?\s?(?:%|per ?cent\b)/i,
  new RegExp(`\\b${NUMBER_WORD} in ${NUMBER_WORD}\\b(?! (?:years?|months?|weeks?|days?)\\b)`, 'i'),
  new RegExp(
    `\\b${NUMBER_WORD}[ -]?(?:times|fold)\\s+(?:more|less|higher|lower|greater|as)\\b`,
    'i',
  ),
  /\b(?:reduc|lower|cut|increas|rais|doubl|halv|tripl|boost)\w*\s+(?:the\s+|your\s+|their\s+|a\s+)?(?:risk|chances?|odds|likelihood|rates?|mortality|incidence|deaths?|relapses?)\b/i,
  /\b(?:risk|odds|chance|likelihood|mortality|deaths?)\s+(?:of\s+\w+\s+)?(?:fell|rose|dropped|dropping|falling|doubled|halved)\b/i,
  /\b(?:more|less)\s+likely\s+to\b/i,
  /\b(?:stud(?:y|ies)|trials?|research|reviews?|meta-analys[ie]s|analys[ie]s|data|evidence|researchers|scientists|experiments?)\s+(?:[\w-]+\s+){0,3}?(?:found|finds|show|shows|showed|shown|demonstrat\w*|report(?:s|ed)?|conclud\w*|prove[sd]?|confirm\w*|reveal\w*)\b/i,
  /\b(?:effective|efficacy)\s+(?:in|at|for|against)\s+(?:treating|reducing|preventing|\d)/i,
];

/** A count of people with an outcome: "12 of 15 patients went into remission". */
const COUNT_WITH_OUTCOME = [
  /\b\d[\d,]*\s+(?:of\s+(?:the\s+)?\d[\d,]*\s+)?(?:patients|people|participants|adults|children|women|men|volunteers|subjects)\b/i,
  /\b(?:remission|improv\w*|recover\w*|surviv\w*|respond\w*|responders|relapse\w*|fewer|cured|healed|died|deaths)\b/i,
];

/** Whether a sentence makes a claim that needs a source. */
export function makesCitableClaim(sentence: Sentence): boolean {
  if (sentence.context.isQuestion || sentence.block.kind !== 'paragraph') return false;
  const text = sentence.text;
  if (CLAIM_SIGNALS.some((signal) => signal.test(text))) return true;
  return COUNT_WITH_OUTCOME.every((signal) => signal.test(text));
}

/**
 * claim-needs-citation: a sentence stating a study result, statistic, risk change or
 * efficacy claim with no citation in it, when its paragraph does not close with one.
 */
export const claimNeedsCitation: CodeRuleFactory = (base) => ({
  ...base,
  block: (_block, sentences) => {
    const closing = sentences.at(-1);
    if (!closing || closing.citations.length > 0) return {};
    const hits: BlockHit[] = sentences
      .filter((sentence) => sentence.citations.length === 0 && makesCitableClaim(sentence))
      .map((sentence) => sentenceHit(sentence));
    return { hits };
  },
});

const CERTAINTY =
  /\b(?:prove[sd]?|proven|shows? that|showed that|demonstrat(?:es|ed) that|confirm(?:s|ed)|establish(?:es|ed)|works|worked|definitely|clearly|without doubt|undoubtedly|conclusively|effective)\b/i;

/**
 * weak-evidence-strong-claim: a sentence whose citations are all weak evidence (case
 * reports or series, expert opinion, or fewer than 30 people) stating its claim with
 * certainty and no hedge.
 */
export const weakEvidenceStrongClaim: CodeRuleFactory = (base) => ({
  ...base,
  block: (_block, sentences, context) => {
    const hits: BlockHit[] = [];
    for (const sentence of sentences) {
      if (!sentence.citations.length || sentence.context.hedged || sentence.context.isQuestion)
        continue;
      const cited = sentence.citations
        .flatMap((citation) => citation.sourceIds)
        .map((id) => context.sourcesById.get(id))
        .filter((source): source is Source => source !== undefined);
      if (!cited.length || !cited.every((source) => isWeakEvidence(source.evidence))) continue;
      const certainty = CERTAINTY.exec(sentence.text);
      if (!certainty) continue;
      const from = sentence.from + certainty.index;
      if (sentence.context.isNegated(from, from + certainty[0].length)) continue;
      const badges = [...new Set(cited.map((source) => evidenceBadge(source.evidence).text))].join(
        '; ',
      );
      hits.push({
        from,
        to: from + certainty[0].length,
        message: `“%s” states this with certainty, but it rests only on weak evidence (${badges}). Hedge the claim (“in a small study…”, “may”) or cite stronger evidence.`,
      });
    }
    return { hits };
  },
});

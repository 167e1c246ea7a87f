import { abbreviationUndefined } from './abbreviations';
import { attributionMissing, disclaimerMissing } from './attribution';
import { claimNeedsCitation, weakEvidenceStrongClaim } from './claims';
import { vagueLinkText } from './links';
import { stopMedicationAdvice } from './medication';
import { testimonialAsEvidence, unapprovedOffer } from './offers';
import { absoluteClaim, cureClaim } from './overclaims';
import { patientIdentifier } from './privacy';
import { readability } from './readability';
import type { CodeRuleFactory } from './registry';
import { citationMissingSource, sourceOutdated, sourceRetracted, sourceUncited } from './sources';

/**
 * Erases a rule's fact type: a rule's facts are produced and read by that rule
 * alone (its block pass and its document pass), so the engine can hold them as unknown.
 */
function erase<F>(factory: CodeRuleFactory<F>): CodeRuleFactory<unknown> {
  return factory as unknown as CodeRuleFactory<unknown>;
}

/** Built-in rules written in code, by the name a pack's `code:` field uses. */
export const CODE_RULES: Readonly<Record<string, CodeRuleFactory<unknown>>> = {
  'claim-needs-citation': claimNeedsCitation,
  'citation-missing-source': citationMissingSource,
  'source-uncited': erase(sourceUncited),
  'source-retracted': sourceRetracted,
  'source-outdated': sourceOutdated,
  'weak-evidence-strong-claim': weakEvidenceStrongClaim,
  'cure-claim': cureClaim,
  'absolute-claim': absoluteClaim,
  'unapproved-offer': erase(unapprovedOffer),
  'testimonial-as-evidence': testimonialAsEvidence,
  'stop-medication-advice': stopMedicationAdvice,
  'disclaimer-missing': erase(disclaimerMissing),
  'attribution-missing': attributionMissing,
  'abbreviation-undefined': erase(abbreviationUndefined),
  readability: erase(readability),
  'patient-identifier': patientIdentifier,
  'vague-link-text': vagueLinkText,
};

export type { CodeRuleFactory, RuleBase } from './registry';

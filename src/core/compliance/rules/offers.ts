import type { BlockHit } from '../rule';
import { ignoredAt } from '../contexts';
import type { CodeRuleFactory } from './registry';
import { matchesIn } from './support';

/** Calls to book, buy or order. */
const CALLS_TO_ACTION: RegExp[] = [
  /^(?:book|buy|order|reserve|purchase|schedule|sign up|register|enrol|enroll|call|phone|contact|email|get|claim|secure|start)\b[^.?!]{0,80}\b(?:treatment|therapy|session|sessions|appointment|consultation|course|infusion|injections?|dose|doses|package|slot|place|now|today|online|us|our)\b/i,
  /\byou can (?:now |easily |simply )?(?:book|buy|order|get|purchase|reserve)\b/i,
  /\b(?:book|order|buy)\s+(?:now|today|online|your)\b/i,
  /\b(?:available|offered|on offer|now offering)\s+(?:now\s+)?(?:at|in|from)\s+(?:our|this)\b/i,
  /\b(?:we|our clinic|our clinics|our team)\s+(?:now\s+)?(?:offers?|provides?|sells?|administers?)\b/i,
];

/** What marks a treatment as experimental or unapproved in the article. */
const EXPERIMENTAL =
  /\b(?:experimental|investigational|unapproved|not (?:yet )?approved|unlicen[sc]ed|not (?:yet )?licen[sc]ed|trial[\s-]only|only (?:available )?(?:in|inside|within|through) (?:a )?(?:clinical )?trials?|no regulatory approval|not available outside (?:of )?(?:clinical )?trials)\b/i;

interface OfferFacts {
  calls: BlockHit[];
  experimental: boolean;
}

/** unapproved-offer: a call to book, buy or order a treatment the article presents as experimental or unapproved. */
export const unapprovedOffer: CodeRuleFactory<OfferFacts> = (base) => ({
  ...base,
  block: (block, sentences) => {
    const calls: BlockHit[] = [];
    for (const sentence of sentences) {
      for (const pattern of CALLS_TO_ACTION) {
        for (const match of matchesIn(sentence, pattern)) {
          if (ignoredAt(sentence, match.from, match.to, ['question', 'negated', 'quoted']))
            continue;
          if (calls.some((call) => call.from < match.to && match.from < call.to)) continue;
          calls.push({ from: match.from, to: match.to });
        }
      }
    }
    return { facts: { calls, experimental: EXPERIMENTAL.test(block.text) } };
  },
  document: (view) => {
    const experimental = view.blocks.some((block) => view.facts(block)?.experimental);
    if (!experimental) return [];
    return view.blocks.flatMap((block) =>
      (view.facts(block)?.calls ?? []).map((call) => ({ ...call, block })),
    );
  },
});

/** Personal stories offered as proof that a treatment works. */
const TESTIMONIALS: RegExp[] = [
  /\b(?:i|my|me)\b[^.?!]{0,80}\b(?:cured|healed|disappeared|vanished|gone for good|transformed|changed my life|works? for me|worked for me|never felt better|feel(?:s)? like a new (?:person|woman|man)|recovered|was cured|got my life back)\b/i,
  /\b(?:patients|customers|clients|users|people|mums|parents)\s+(?:tell|told|say|said|report|reported|swear|agree)\s+(?:us\s+)?(?:that\s+)?(?:it|this|the (?:treatment|therapy|product|supplement))\s+(?:works|worked|helps|helped|cured|cures|changed)\b/i,
  /\b(?:real (?:people|patients), real results|success stor(?:y|ies)|testimonials? (?:show|prove|confirm))\b/i,
  /\b[A-Z][a-z]+,\s*\d{1,3},?\s+(?:says|said|tells|told|swears|credits)\b[^.?!]{0,80}\b(?:cured|healed|works|worked|changed|saved|fixed|gone|disappeared|better)\b/,
];

/** testimonial-as-evidence: personal testimony presented as proof of effect. */
export const testimonialAsEvidence: CodeRuleFactory = (base) => ({
  ...base,
  block: (_block, sentences) => {
    const hits: BlockHit[] = [];
    for (const sentence of sentences) {
      for (const pattern of TESTIMONIALS) {
        for (const match of matchesIn(sentence, pattern)) {
          if (ignoredAt(sentence, match.from, match.to, ['question', 'negated'])) continue;
          if (hits.some((hit) => hit.from < match.to && match.from < hit.to)) continue;
          hits.push({ from: match.from, to: match.to });
        }
      }
    }
    return { hits };
  },
});

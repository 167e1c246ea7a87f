import { ignoredAt } from '../contexts';
import type { BlockHit } from '../rule';
import type { CodeRuleFactory } from './registry';
import { matchesIn } from './support';

/** Details that can identify a patient. */
const IDENTIFIERS: RegExp[] = [
  /\b[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s*(?:aged\s*)?\d{1,3}(?:,|\s+(?:years?|yrs?)\b)/,
  /\b[A-Z][a-z]+ [A-Z][a-z]+ \(\s*(?:aged\s*)?\d{1,3}\s*\)/,
  /\b(?:date of birth|d\.?o\.?b\.?)\b[^.?!]{0,20}\d/i,
  /\bborn (?:on )?\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{4}\b/i,
  /\bborn (?:on )?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/i,
  /\b(?:nhs|hospital|medical record|patient|mrn|chi|case)\s*(?:number|no\.?|#|id)\s*:?\s*[A-Z]?\d[\d\s-]{4,}\d\b/i,
  /\bnhs\b[^.?!]{0,20}\b\d{3}[ -]?\d{3}[ -]?\d{4}\b/i,
  /\b\d{1,4}\s+[A-Z][a-z]+\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Close|Drive|Crescent|Way|Gardens)\b/,
  /\b(?:her|his|their|patient'?s?)\s+(?:phone|mobile|telephone|email|e-mail|address)\b[^.?!]{0,30}[\d@]/i,
  // A number tied to a person ("can be reached on …"), not a helpline the article recommends.
  /\b(?:reached|contacted|(?:call|contact|text|ring|email) (?:her|him|them))\s+(?:on|at)\s+(?:\+?\d[\d ()-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+\w)/i,
];

/** patient-identifier: names with ages or dates of birth, record or NHS numbers, patient contact details. */
export const patientIdentifier: CodeRuleFactory = (base) => ({
  ...base,
  block: (_block, sentences) => {
    const hits: BlockHit[] = [];
    for (const sentence of sentences) {
      for (const pattern of IDENTIFIERS) {
        for (const match of matchesIn(sentence, pattern)) {
          if (ignoredAt(sentence, match.from, match.to, ['negated'])) continue;
          if (hits.some((hit) => hit.from < match.to && match.from < hit.to)) continue;
          hits.push({ from: match.from, to: match.to });
        }
      }
    }
    return { hits };
  },
});

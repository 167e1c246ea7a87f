import { z } from 'zod';
import type { Hit } from '../rule';
import type { CodeRuleFactory } from './registry';

/** Abbreviations readers know without a definition. */
export const COMMON_ABBREVIATIONS = [
  'DNA',
  'RNA',
  'UK',
  'US',
  'USA',
  'EU',
  'UN',
  'NHS',
  'WHO',
  'HIV',
  'AIDS',
  'COVID',
  'COVID-19',
  'MRI',
  'CT',
  'GP',
  'A&E',
  'ICU',
  'BMI',
  'IVF',
  'UV',
  'TV',
  'OK',
  'CAR-T',
  'PhD',
  'MD',
  'BBC',
  'CEO',
  'ID',
  'PDF',
  'FAQ',
  'AM',
  'PM',
  'AI',
  'IQ',
  'ADHD',
  'CPR',
  'ECG',
  'X-ray',
  'SARS',
];

const Params = z.object({ allow: z.array(z.string()).default(COMMON_ABBREVIATIONS) });

const ABBREVIATION =
  /(?<![\p{L}\p{N}&-])(?:[A-Z][A-Za-z]*[A-Z](?:&[A-Z]+)?(?:-[A-Z0-9]+)?)s?(?![\p{L}\p{N}&-])/gu;
const ROMAN = /^[IVXLCDM]+$/;

const WORD_BEFORE = /([\p{L}'’]+)[^\p{L}\n]{1,3}$/u;
const WORD_AFTER = /^[^\p{L}\n]{1,3}([\p{L}'’]+)/u;
const isCapitals = (word: string | undefined) =>
  !!word && word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();

/**
 * Whether a capitalised word sits among other capitalised words ("MONEY BACK GUARANTEE",
 * "DO NOT TAKE"): advertising set in capitals for emphasis, not abbreviations to define.
 */
function inCapitalsRun(text: string, from: number, to: number): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, from - 40), from))?.[1];
  const after = WORD_AFTER.exec(text.slice(to, to + 40))?.[1];
  return isCapitals(before) || isCapitals(after);
}

interface AbbreviationFacts {
  /** Each use: the abbreviation, where, and whether this occurrence defines it. */
  uses: { abbreviation: string; from: number; to: number; defines: boolean }[];
}

/** abbreviation-undefined: an abbreviation used before it is spelled out ("Cytokine release syndrome (CRS)"). */
export const abbreviationUndefined: CodeRuleFactory<AbbreviationFacts> = (base, params) => {
  const { allow } = Params.parse(params);
  const allowed = new Set(allow.map((item) => item.toUpperCase()));
  return {
    ...base,
    block: (block) => {
      if (block.kind === 'code') return {};
      const uses: AbbreviationFacts['uses'] = [];
      ABBREVIATION.lastIndex = 0;
      for (
        let match = ABBREVIATION.exec(block.text);
        match;
        match = ABBREVIATION.exec(block.text)
      ) {
        const raw = match[0];
        const abbreviation = raw.endsWith('s') && /[A-Z]s$/.test(raw) ? raw.slice(0, -1) : raw;
        const capitals = abbreviation.replace(/[^A-Z]/g, '').length;
        if (capitals < 2 || ROMAN.test(abbreviation) || /\d/.test(abbreviation.replace(/-.*/, '')))
          continue;
        if (allowed.has(abbreviation.toUpperCase())) continue;
        if (abbreviation === abbreviation.toUpperCase() && abbreviation.length > 6) continue; // shouting, not an abbreviation
        if (inCapitalsRun(block.text, match.index, match.index + raw.length)) continue;
        const before = block.text.slice(Math.max(0, match.index - 2), match.index);
        const after = block.text.slice(match.index + raw.length, match.index + raw.length + 2);
        // "Long form (ABBR)" or "ABBR (long form)" defines it.
        const defines =
          /\($/.test(before) && /^\)/.test(after)
            ? true
            : /^\s\(/.test(after) && /^\s\([a-z]/i.test(block.text.slice(match.index + raw.length));
        uses.push({ abbreviation, from: match.index, to: match.index + raw.length, defines });
      }
      return { facts: { uses } };
    },
    document: (view) => {
      const defined = new Set<string>();
      const reported = new Set<string>();
      const hits: Hit[] = [];
      for (const block of view.blocks) {
        for (const use of view.facts(block)?.uses ?? []) {
          if (use.defines) {
            defined.add(use.abbreviation);
            continue;
          }
          if (defined.has(use.abbreviation) || reported.has(use.abbreviation)) continue;
          if (block.kind === 'heading') continue;
          reported.add(use.abbreviation);
          hits.push({ block, from: use.from, to: use.to });
        }
      }
      return hits;
    },
  };
};
abbreviationUndefined.params = Params;

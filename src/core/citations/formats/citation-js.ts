import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

/** Citation.js input types Vetted hands text to. */
export type CitationJsInput = '@biblatex/text' | '@ris/file';

/**
 * CSL-JSON items Citation.js reads from `text` of a known type (no type guessing,
 * no network); throws its SyntaxError when the text does not parse.
 */
export function citationJsItems(text: string, type: CitationJsInput): Record<string, unknown>[] {
  const output = plugins.input.chain(text, {
    target: '@csl/list+object',
    generateGraph: false,
    forceType: type,
  });
  return Array.isArray(output)
    ? output.filter(
        (item): item is Record<string, unknown> => typeof item === 'object' && item !== null,
      )
    : [];
}

/** What a bare DOI looks like: the 10. prefix, a registrant code, a slash and a suffix. */
export const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;

const DOI_PREFIXES = /^(?:(?:https?:\/\/)?(?:dx\.)?doi\.org\/|doi:\s*|urn:doi:)/i;
const DOI_IN_TEXT = /\b10\.\d{4,9}\/[^\s"'<>]+/;

/**
 * A DOI without its `https://doi.org/` or `doi:` prefix, case kept as written
 * (DOIs compare case-insensitively but display as registered); null when it is not a DOI.
 */
export function cleanDoi(value: string): string | null {
  let doi = value.trim().replace(DOI_PREFIXES, '').trim();
  if (/%2F/i.test(doi)) {
    try {
      doi = decodeURIComponent(doi);
    } catch {
      return null;
    }
  }
  doi = trimTrailingPunctuation(doi);
  return DOI_PATTERN.test(doi) ? doi : null;
}

/** The form of a DOI used to compare two sources: bare and lower case; '' when none. */
export function doiKey(value: string | undefined): string {
  if (!value) return '';
  return cleanDoi(value)?.toLowerCase() ?? '';
}

/** The first DOI written anywhere in a piece of text (a note, a URL, an "M3" field), or null. */
export function findDoi(text: string): string | null {
  const match = DOI_IN_TEXT.exec(text);
  return match ? cleanDoi(match[0]) : null;
}

/** A PubMed id as digits only (a "PMID:" prefix is dropped), or null when it is not one. */
export function cleanPmid(value: string): string | null {
  const pmid = value
    .trim()
    .replace(/^pmid\s*:?\s*/i, '')
    .trim();
  return /^\d{1,8}$/.test(pmid) ? pmid : null;
}

// Sentence punctuation after a DOI in running text is not part of it, nor is a
// closing bracket that has no opening partner inside the DOI.
function trimTrailingPunctuation(doi: string): string {
  let result = doi.replace(/[.,;:]+$/, '');
  for (const [open, close] of [
    ['(', ')'],
    ['[', ']'],
  ] as const) {
    while (result.endsWith(close) && count(result, close) > count(result, open)) {
      result = result.slice(0, -1).replace(/[.,;:]+$/, '');
    }
  }
  return result;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** A piece of reference text: plain, or a web address / DOI to link. */
export interface TextPiece {
  text: string;
  href?: string;
}

// Web addresses (not ending in sentence punctuation) and "doi:10.x/y" identifiers.
const LINKABLE =
  /https?:\/\/[^\s<>"]*[^\s<>".,;:)\]]|doi:\s?(10\.\d{4,9}\/[^\s<>"]*[^\s<>".,;:)\]])/gi;

/** Splits reference text so its URLs and DOIs can become links (DOIs to https://doi.org/…). */
export function linkifyReference(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(LINKABLE)) {
    if (match.index > last) pieces.push({ text: text.slice(last, match.index) });
    const doi = match[1];
    pieces.push({ text: match[0], href: doi ? `https://doi.org/${doi}` : match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}

import { parseReferences } from '../citations/parse-references';
import type { ParsedSource, ReferenceProblem } from '../citations/reference-file';
import type { ImportNotice } from './import-notice';
import { importMarkdown, type MarkdownImport } from './markdown/from-markdown';

/** A bibliography file given with an article: its name (as the front matter says it) and text. */
export interface BibliographyFile {
  name: string;
  text: string;
}

/** A reference-file problem, with the file it was found in. */
export interface BibliographyProblem extends ReferenceProblem {
  file: string;
}

/** A Markdown article with its cited sources, ready to check, export or store. */
export interface ImportedArticle extends Omit<MarkdownImport, 'references'> {
  /** The cited sources, in order of first citation; ids are the citation keys. */
  sources: ParsedSource[];
  /** Citation keys with no entry in any bibliography (the citations show as missing). */
  missingKeys: string[];
  bibliographyProblems: BibliographyProblem[];
}

/**
 * Reads a Markdown article and resolves its Pandoc citations against bibliographies
 * (files, and CSL-JSON `references:` in the front matter). Only cited entries become
 * sources, as Pandoc does: a 500-entry library file adds only what the article cites.
 */
export function importMarkdownArticle(
  markdown: string,
  bibliographies: readonly BibliographyFile[] = [],
): ImportedArticle {
  const { references, ...article } = importMarkdown(markdown);
  const byKey = new Map<string, ParsedSource>();
  const bibliographyProblems: BibliographyProblem[] = [];
  const files = [...bibliographies];
  if (references.length)
    files.push({ name: 'front matter references', text: JSON.stringify(references) });
  for (const file of files) {
    const parsed = parseReferences(file.text, { fileName: file.name });
    for (const problem of parsed.problems)
      bibliographyProblems.push({ ...problem, file: file.name });
    for (const entry of parsed.entries) if (!byKey.has(entry.key)) byKey.set(entry.key, entry);
  }
  const sources = article.citationKeys
    .map((key) => byKey.get(key))
    .filter((source): source is ParsedSource => source !== undefined);
  const missingKeys = article.citationKeys.filter((key) => !byKey.has(key));
  const notices: ImportNotice[] = [
    ...article.notices,
    ...missingKeys.map((key): ImportNotice => ({
      kind: 'lost',
      message: `the citation @${key} has no entry in the bibliography; it shows as a missing source`,
    })),
  ];
  return { ...article, notices, sources, missingKeys, bibliographyProblems };
}

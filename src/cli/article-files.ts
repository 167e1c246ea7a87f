import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Finding } from '../core/compliance';
import { importMarkdownArticle, type ImportedArticle } from '../core/import';
import { ImportError } from '../core/import/import-error';
import { InputError } from './command';

/** Reads a file the user named (shown as `shownAs`), turning every failure into a plain usage error. */
export async function readUserFile(file: string, cwd: string, shownAs = file): Promise<Buffer> {
  const path = resolve(cwd, file);
  const info = await stat(path).catch(() => null);
  if (!info) throw new InputError(`cannot read ${shownAs}: no such file`);
  if (info.isDirectory()) throw new InputError(`cannot read ${shownAs}: it is a folder`);
  return readFile(path).catch((error: unknown) => {
    throw new InputError(
      `cannot read ${shownAs}: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
}

/**
 * Reads a Markdown article and its bibliography: the `--bib` files when given, else
 * the files its front matter names (relative to the article). Problems with
 * bibliography entries are reported through `warn` as file:line: message.
 */
export async function readMarkdownArticle(
  file: string,
  bibFiles: readonly string[],
  cwd: string,
  warn: (text: string) => void,
): Promise<ImportedArticle> {
  const markdown = (await readUserFile(file, cwd)).toString('utf8');
  let article: ImportedArticle;
  try {
    article = importMarkdownArticle(markdown);
  } catch (error) {
    if (error instanceof ImportError) throw new InputError(`${file}: ${error.message}`);
    throw error;
  }
  const named = bibFiles.length
    ? bibFiles.map((bib) => ({ name: bib, path: resolve(cwd, bib) }))
    : article.bibliography.map((bib) => ({
        name: bib,
        path: resolve(dirname(resolve(cwd, file)), bib),
      }));
  if (!named.length) return article;
  const bibliographies = await Promise.all(
    named.map(async ({ name, path }) => ({
      name,
      text: (await readUserFile(path, cwd, name)).toString('utf8'),
    })),
  );
  const resolved = importMarkdownArticle(markdown, bibliographies);
  for (const problem of resolved.bibliographyProblems)
    warn(`${problem.file}:${problem.line}: ${problem.message}\n`);
  return resolved;
}

/** Where a finding is in the article's file; findings about the whole article point at its start. */
export function findingLocation(
  article: ImportedArticle,
  finding: Finding,
): { line: number; column: number } {
  if (finding.excerpt === '') return { line: 1, column: 1 };
  return article.positions.lineColumnOf(finding.from);
}

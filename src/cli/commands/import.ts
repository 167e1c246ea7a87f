import { basename, dirname, resolve } from 'node:path';
import type { ImportResult } from '../../core/api';
import { createRuntime } from '../../main/runtime';
import { resolveLibraryPath } from '../../main/paths';
import { readUserFile } from '../article-files';
import {
  type CliIO,
  type CommandSpec,
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  UsageError,
  parseOptions,
} from '../command';
import { importMarkdownArticle } from '../../core/import';

const USAGE = `Usage: vetted import FILE(.md|.html|.docx) [--bib REFS] [--db FILE]

Imports a Markdown article (front matter, Pandoc citations and the bibliography it
names), an HTML page or a Word .docx file as a new draft in the library, and prints
what it could not keep exactly.

Options:
  --bib REFS   a bibliography for a Markdown article; default: its front matter's
  --db FILE    the library file (default: VETTED_DB, else the app's own library)

Exit codes: 0 imported as is, 1 imported with things it could not keep, 2 bad input or usage.`;

/** `vetted import`: a file becomes a draft in the library. */
export const importCommand: CommandSpec = {
  name: 'import',
  summary: 'import a Markdown, HTML or Word file into the library as a new draft',
  usage: USAGE,
  run: runImport,
};

async function runImport(args: string[], io: CliIO): Promise<number> {
  const parsed = parseOptions(args, {
    db: { type: 'string' },
    bib: { type: 'string', multiple: true },
  });
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length) throw new UsageError('give exactly one file to import');
  const bytes = await readUserFile(file, io.cwd);
  const bibliographies = await bibliographiesFor(file, bytes, parsed.values.bib ?? [], io.cwd);

  const runtime = createRuntime({
    dbPath: resolveLibraryPath(parsed.values.db, io.env),
    host: 'browser',
  });
  try {
    const state = runtime.libraryState();
    if (state.state !== 'open') {
      io.stderr(`vetted import: ${state.message}\n`);
      return EXIT_USAGE;
    }
    const envelope = await runtime.dispatcher('transfer.importDocument', {
      fileName: basename(file),
      dataBase64: bytes.toString('base64'),
      bibliographies,
    });
    if (!envelope.ok) {
      io.stderr(`vetted import: ${file}: ${envelope.error.message}\n`);
      return EXIT_USAGE;
    }
    const result = envelope.value as ImportResult;
    io.stdout(`${result.summary}\n`);
    return result.notices.length ? EXIT_PROBLEMS : EXIT_OK;
  } finally {
    runtime.close();
  }
}

/** A Markdown article's bibliographies: --bib files, else those its front matter names. */
async function bibliographiesFor(file: string, bytes: Buffer, bib: string[], cwd: string) {
  let names = bib.map((name) => ({ fileName: basename(name), path: resolve(cwd, name) }));
  if (!names.length && /\.(md|markdown|mdown|txt)$/i.test(file)) {
    const named = namedBibliographies(bytes);
    names = named.map((name) => ({
      fileName: name,
      path: resolve(dirname(resolve(cwd, file)), name),
    }));
  }
  return Promise.all(
    names.map(async ({ fileName, path }) => ({
      fileName,
      text: (await readUserFile(path, cwd, fileName)).toString('utf8'),
    })),
  );
}

/** The bibliography files a Markdown article's front matter names; none if it cannot be read. */
function namedBibliographies(bytes: Buffer): string[] {
  try {
    return importMarkdownArticle(bytes.toString('utf8')).bibliography;
  } catch {
    return []; // The import itself reports an unreadable file, with its reason.
  }
}

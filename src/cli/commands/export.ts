import { writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { createCitationFormatter } from '../../core/citations/formatter';
import { ComplianceChecker } from '../../core/compliance';
import type { CitationStyle } from '../../core/document/metadata';
import { exportArticle, prepareExport, type ExportOptions } from '../../core/export';
import { findCslDir, loadCslStyles } from '../../main/resources/csl-styles';
import { findingLocation, readMarkdownArticle } from '../article-files';
import {
  type CliIO,
  type CommandSpec,
  EXIT_OK,
  EXIT_PROBLEMS,
  UsageError,
  parseOptions,
} from '../command';
import { readRulePack } from '../rule-pack';

const USAGE = `Usage: vetted export FILE.md --to html|md [--bib REFS] [--style ama|vancouver]
                     [--citations numbered|pandoc|footnotes] [--fragment] [--out PATH] [--allow-errors]

Exports a Markdown article (YAML front matter, Pandoc citations) as a publish-ready
HTML page or Markdown file. The compliance checks run first: errors are listed on
stderr and block the export unless --allow-errors is given.

Options:
  --to FORMAT         html or md
  --bib REFS          a bibliography; default: the front matter's "bibliography:"
  --style STYLE       ama (default: the article's) or vancouver
  --citations MODE    Markdown citations: numbered (default), pandoc or footnotes
  --fragment          HTML: the <article> element only, for a CMS
  --out PATH          write to PATH (Pandoc mode also writes PATH's .json bibliography); default stdout
  --allow-errors      export even when the compliance checks find errors

Exit codes: 0 exported, 1 blocked by compliance errors, 2 bad input or usage.`;

/** `vetted export`: a Markdown article to publish-ready HTML or Markdown. */
export const exportCommand: CommandSpec = {
  name: 'export',
  summary: 'export a Markdown article as publish-ready HTML or Markdown (compliance preflight)',
  usage: USAGE,
  run: runExport,
};

async function runExport(args: string[], io: CliIO): Promise<number> {
  const options = readOptions(args);
  const article = await readMarkdownArticle(options.file, options.bib, io.cwd, io.stderr);
  const errors = new ComplianceChecker(readRulePack(undefined, io.cwd))
    .check({
      doc: article.doc,
      sources: article.sources,
      metadata: article.metadata,
      today: new Date().toISOString().slice(0, 10),
    })
    .filter((finding) => finding.severity === 'error');
  for (const finding of errors) {
    const { line, column } = findingLocation(article, finding);
    io.stderr(`${options.file}:${line}:${column} error ${finding.ruleId} ${finding.message}\n`);
  }
  if (errors.length && !options.allowErrors) {
    io.stderr(
      `vetted export: ${errors.length} compliance error${errors.length === 1 ? '' : 's'} block the export (use --allow-errors to export anyway)\n`,
    );
    return EXIT_PROBLEMS;
  }
  const style: CitationStyle = options.style ?? article.metadata.citationStyle;
  const model = prepareExport({
    doc: article.doc,
    metadata: article.metadata,
    sources: article.sources,
    formatter: createCitationFormatter(loadCslStyles(findCslDir())[style]),
  });
  const files = exportArticle(model, options.export);
  const [main, ...rest] = files;
  if (!main) return EXIT_OK;
  if (!options.out) {
    io.stdout(main.content);
    if (rest.length)
      io.stderr('vetted export: the Pandoc bibliography is only written with --out\n');
    return EXIT_OK;
  }
  const out = resolve(io.cwd, options.out);
  const bibliography = `${basename(out).replace(/\.[^.]+$/, '')}.json`;
  const content = rest.length
    ? main.content.replace(`bibliography: ${rest[0]?.name}`, `bibliography: ${bibliography}`)
    : main.content;
  await writeFile(out, content);
  for (const file of rest) await writeFile(join(dirname(out), bibliography), file.content);
  return EXIT_OK;
}

function readOptions(args: string[]) {
  const parsed = parseOptions(args, {
    to: { type: 'string' },
    bib: { type: 'string', multiple: true },
    style: { type: 'string' },
    citations: { type: 'string' },
    fragment: { type: 'boolean' },
    out: { type: 'string', short: 'o' },
    'allow-errors': { type: 'boolean' },
  });
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError('give exactly one Markdown file');
  if (values.to !== 'html' && values.to !== 'md') throw new UsageError('say --to html or --to md');
  if (values.style !== undefined && values.style !== 'ama' && values.style !== 'vancouver')
    throw new UsageError(`unknown style "${values.style}": use ama or vancouver`);
  const citations = values.citations ?? 'numbered';
  if (citations !== 'numbered' && citations !== 'pandoc' && citations !== 'footnotes')
    throw new UsageError(`unknown citations "${citations}": use numbered, pandoc or footnotes`);
  if (values.to === 'html' && citations !== 'numbered')
    throw new UsageError('HTML always numbers its citations; --citations applies to --to md');
  const exportOptions: ExportOptions = {
    format: values.to === 'html' ? 'html' : 'markdown',
    citations,
    standalone: !values.fragment,
  };
  return {
    file: positionals[0] ?? '',
    bib: values.bib ?? [],
    style: values.style as CitationStyle | undefined,
    export: exportOptions,
    out: values.out,
    allowErrors: values['allow-errors'] ?? false,
  };
}

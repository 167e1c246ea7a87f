import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UniqueKeys } from '../../core/citations/citation-key';
import { decodeUtf16 } from '../../core/citations/decode-utf16';
import { createCitationFormatter } from '../../core/citations/formatter';
import { parseReferences } from '../../core/citations/parse-references';
import type { ParsedSource } from '../../core/citations/reference-file';
import { referenceListText } from '../../core/citations/reference-list';
import type { CitationStyle } from '../../core/document/metadata';
import { findCslDir, loadCslStyles } from '../../main/resources/csl-styles';
import {
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  UsageError,
  type CliIO,
  type CommandSpec,
} from '../command';

const OUTPUT_FORMATS = ['csl-json', 'ama', 'vancouver'] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const USAGE = `Usage: vetted refs FILE... [--format csl-json|ama|vancouver]

Reads reference files in BibTeX, RIS, PubMed MEDLINE (.nbib/.txt) or CSL-JSON
(the format is recognised from the content) and prints their entries as CSL-JSON
(the default) or as a numbered AMA or Vancouver reference list, in file order.
Unreadable entries are reported on stderr as file:line: message.

Options:
  -f, --format FORMAT   csl-json (default), ama or vancouver

Exit codes: 0 every entry read, 1 some entries unreadable, 2 nothing readable or bad usage.`;

/** `vetted refs`: parse reference files and print CSL-JSON or a formatted, numbered list. */
export const refsCommand: CommandSpec = {
  name: 'refs',
  summary: 'read BibTeX, RIS, MEDLINE or CSL-JSON files; print CSL-JSON or an AMA/Vancouver list',
  usage: USAGE,
  run: async (args, io) => {
    try {
      return await runRefs(args, io);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr(`vetted refs: ${error.message}\n${USAGE}\n`);
      return EXIT_USAGE;
    }
  },
};

async function runRefs(args: string[], io: CliIO): Promise<number> {
  const { files, format } = readArguments(args);
  const texts = await Promise.all(files.map((file) => readReferenceFile(file, io.cwd)));

  const usedKeys = new UniqueKeys();
  const entries: ParsedSource[] = [];
  let problems = 0;
  files.forEach((file, index) => {
    const parsed = parseReferences(texts[index] ?? '', { fileName: file });
    for (const problem of parsed.problems)
      io.stderr(`${file}:${problem.line}: ${problem.message}\n`);
    problems += parsed.problems.length;
    // Keys are unique per file; several files may reuse one, so later ones get a suffix.
    for (const entry of parsed.entries) {
      const key = usedKeys.claim(entry.key);
      entries.push(
        key === entry.key ? entry : { ...entry, id: key, key, csl: { ...entry.csl, id: key } },
      );
    }
  });

  if (entries.length === 0) {
    io.stderr('vetted refs: no readable entries\n');
    return EXIT_USAGE;
  }
  io.stdout(
    format === 'csl-json'
      ? `${JSON.stringify(
          entries.map((entry) => entry.csl),
          null,
          2,
        )}\n`
      : formatted(entries, format),
  );
  return problems ? EXIT_PROBLEMS : EXIT_OK;
}

function readArguments(args: string[]): { files: string[]; format: OutputFormat } {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const format = parsed.values.format ?? 'csl-json';
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}": use csl-json, ama or vancouver`);
  }
  if (parsed.positionals.length === 0) throw new UsageError('give at least one reference file');
  return { files: parsed.positionals, format: format as OutputFormat };
}

function parse(args: string[]) {
  return parseArgs({
    args,
    options: { format: { type: 'string', short: 'f' } },
    allowPositionals: true,
    strict: true,
  });
}

async function readReferenceFile(file: string, cwd: string): Promise<string> {
  const path = resolve(cwd, file);
  const info = await stat(path).catch(() => null);
  if (!info) throw new UsageError(`cannot read ${file}: no such file`);
  if (info.isDirectory()) throw new UsageError(`cannot read ${file}: it is a folder`);
  const bytes = await readFile(path).catch((error: unknown) => {
    throw new UsageError(
      `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
  return decodeUtf16(bytes) ?? new TextDecoder('utf-8').decode(bytes);
}

function formatted(entries: readonly ParsedSource[], style: CitationStyle): string {
  const formatter = createCitationFormatter(loadCslStyles(findCslDir())[style]);
  return referenceListText(formatter.bibliography(entries.map((entry) => entry.csl)));
}

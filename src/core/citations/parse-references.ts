import { UniqueKeys } from './citation-key';
import { finishEntry, isProblem } from './finish-entry';
import { readBibtex } from './formats/bibtex';
import { readCslJson } from './formats/csl-json';
import { readMedline } from './formats/medline';
import { readRis } from './formats/ris';
import {
  REFERENCE_FORMAT_NAMES,
  type ParsedReferences,
  type ParsedSource,
  type RawReferences,
  type ReferenceFormat,
  type ReferenceProblem,
} from './reference-file';

/** Options of `parseReferences`. */
export interface ParseReferencesOptions {
  /** The file's name: its extension decides only when the content does not. */
  fileName?: string;
}

/** The largest reference file read, in characters (about 50 MB of text). */
export const MAX_REFERENCE_FILE_CHARS = 50_000_000;

const READERS: Record<ReferenceFormat, (text: string) => RawReferences> = {
  bibtex: readBibtex,
  ris: readRis,
  medline: readMedline,
  'csl-json': readCslJson,
};

const EXTENSIONS: Record<string, ReferenceFormat> = {
  bib: 'bibtex',
  bibtex: 'bibtex',
  ris: 'ris',
  nbib: 'medline',
  medline: 'medline',
  txt: 'medline',
  json: 'csl-json',
  csljson: 'csl-json',
};

const NOT_REFERENCES = 'not a reference file: expected BibTeX, RIS, PubMed MEDLINE or CSL-JSON';

/**
 * The format of a reference file, read from its content (a BibTeX "@article{",
 * an RIS "TY  -" line, a MEDLINE "PMID-" line, JSON), else from the file name's
 * extension; null when neither tells.
 */
export function detectReferenceFormat(text: string, fileName?: string): ReferenceFormat | null {
  const first = text.search(/\S/);
  if (first !== -1 && (text[first] === '[' || text[first] === '{')) return 'csl-json';
  if (/^[ \t]*@[ \t]*[A-Za-z]+[ \t]*[{(]/m.test(text)) return 'bibtex';
  const ris = text.search(/^TY {1,2}-/m);
  const medline = text.search(/^(?:PMID- ?\d|FAU - |PT {2}- |DP {2}- )/m);
  if (ris !== -1 && (medline === -1 || ris < medline)) return 'ris';
  if (medline !== -1) return 'medline';
  const extension = fileName?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  return extension ? (EXTENSIONS[extension] ?? null) : null;
}

/**
 * Reads a BibTeX, RIS, PubMed MEDLINE or CSL-JSON file into sources, one per
 * readable entry (id = citation key, unique in the file), and one plain problem
 * per unreadable entry with its line. Never throws: empty, binary, truncated or
 * unknown input comes back as problems.
 */
export function parseReferences(
  input: string,
  options: ParseReferencesOptions = {},
): ParsedReferences {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const fileProblem = problemWithWholeFile(text);
  if (fileProblem) return { format: null, entries: [], problems: [fileProblem] };

  const format = detectReferenceFormat(text, options.fileName);
  if (!format)
    return { format: null, entries: [], problems: [{ line: 1, message: NOT_REFERENCES }] };

  let raw: RawReferences;
  try {
    raw = READERS[format](text);
  } catch (error) {
    // The readers report bad entries themselves; this is the last guard of "never throws".
    const reason = error instanceof Error ? error.message : String(error);
    return { format, entries: [], problems: [{ line: 1, message: `unreadable file: ${reason}` }] };
  }
  const usedKeys = new UniqueKeys();
  const entries: ParsedSource[] = [];
  const problems: ReferenceProblem[] = [...raw.problems];
  for (const entry of raw.entries) {
    const result = finishEntry(entry, usedKeys);
    if (isProblem(result)) problems.push(result);
    else entries.push(result);
  }
  if (entries.length === 0 && problems.length === 0) {
    problems.push({ line: 1, message: `no ${REFERENCE_FORMAT_NAMES[format]} entries found` });
  }
  problems.sort((a, b) => a.line - b.line);
  return { format, entries, problems };
}

function problemWithWholeFile(text: string): ReferenceProblem | null {
  if (!text.trim()) return { line: 1, message: 'the file is empty' };
  if (text.length > MAX_REFERENCE_FILE_CHARS) {
    const megabytes = Math.round(text.length / 1_000_000);
    return { line: 1, message: `the file is too large (${megabytes} MB; the limit is 50 MB)` };
  }
  if (looksBinary(text)) return { line: 1, message: `binary data, ${NOT_REFERENCES}` };
  return null;
}

// Text files have no NUL characters and almost no control characters; bytes that
// were not UTF-8 show up as U+FFFD. A few stray ones (a Latin-1 accent) are fine.
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65_536);
  let odd = 0;
  for (let index = 0; index < sample.length; index += 1) {
    const code = sample.charCodeAt(index);
    if (code === 0) return true;
    if (
      (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) ||
      code === 127 ||
      code === 0xfffd
    )
      odd += 1;
  }
  return odd > sample.length * 0.02;
}

import type { RawEntry, RawReferences, ReferenceProblem } from '../reference-file';
import { articleNumberAsPage, inheritCrossrefs, type BibtexRead } from './bibtex-fixes';
import { citationJsItems } from './citation-js';
import { lineInMessage, lineLocator } from './line-locator';

const ENTRY_START = /^[ \t]*@[ \t]*([A-Za-z][\w-]*)[ \t]*([{(])/gm;

const TOKEN_NAMES: Record<string, string> = {
  lbrace: '"{"',
  rbrace: '"}"',
  comma: '","',
  equals: '"="',
  hash: '"#"',
  quote: 'a quotation mark',
  label: 'a citation key',
  identifier: 'a field name',
  number: 'a number',
  text: 'text',
  dataEntryType: 'an entry type',
  otherEntryType: 'an entry type',
};

interface EntrySpan {
  type: string;
  line: number;
  text: string;
  closed: boolean;
  opener: string;
}

/**
 * Reads a BibTeX/BibLaTeX file entry by entry with Citation.js, so one broken
 * entry (say, a missing closing brace) is reported and the others still load.
 * `@string` macros apply to the entries after them; `@comment` and `@preamble` are skipped.
 */
export function readBibtex(text: string): RawReferences {
  const reads: BibtexRead[] = [];
  const problems: ReferenceProblem[] = [];
  const macros: Macro[] = [];

  for (const span of splitEntries(text)) {
    if (span.type === 'comment' || span.type === 'preamble') continue;
    if (!span.closed) {
      problems.push({
        line: span.line,
        message: span.opener === '(' ? 'missing closing parenthesis' : 'missing closing brace',
      });
      continue;
    }
    if (span.type === 'string') {
      const result = tryParse(span.text, span.line, []);
      if (Array.isArray(result)) macros.push(macroOf(span.text));
      else
        problems.push({
          line: result.line,
          message: `unreadable @string definition: ${result.message}`,
        });
      continue;
    }
    const repaired = repairEntry(span.text);
    const result = tryParse(repaired.text, span.line, macrosUsedBy(span.text, macros));
    if (Array.isArray(result)) {
      const [csl] = result;
      if (csl) {
        if (repaired.keyless) delete csl.id;
        articleNumberAsPage(csl, span.text);
        const entry: RawEntry = {
          line: span.line,
          csl: composeAccents(csl),
          key: typeof csl.id === 'string' ? csl.id : undefined,
        };
        reads.push({ entry, text: span.text });
      }
    } else problems.push(result);
  }
  inheritCrossrefs(reads);
  return { entries: reads.map((read) => read.entry), problems };
}

// Entry boundaries by brace counting. An entry that is still open when the next
// "@type{" starts a line is missing its closing brace: it ends there, so the
// following entries are read normally.
function splitEntries(text: string): EntrySpan[] {
  const lineOf = lineLocator(text);
  const starts = [...text.matchAll(ENTRY_START)];
  return starts.map((match, index) => {
    const start = match.index;
    const bound = starts[index + 1]?.index ?? text.length;
    const opener = match[2] ?? '{';
    const close = findClose(text, start + match[0].length, bound, opener);
    return {
      type: (match[1] ?? '').toLowerCase(),
      line: lineOf(start),
      text: text.slice(start, close === -1 ? bound : close + 1).trim(),
      closed: close !== -1,
      opener,
    };
  });
}

function findClose(text: string, from: number, bound: number, opener: string): number {
  let depth = 0;
  let quoted = false;
  for (let index = from; index < bound; index += 1) {
    const char = text[index];
    if (char === '\\') index += 1;
    // A "quoted value" may hold a ")" that does not end a parenthesis-delimited
    // entry; a quote inside braces ({"}) is a character, not a delimiter.
    else if (char === '"' && depth === 0) quoted = !quoted;
    else if (char === '{') depth += 1;
    else if (char === '}') {
      if (depth === 0 && opener === '{') return index;
      depth -= 1;
    } else if (char === ')' && depth === 0 && !quoted && opener === '(') return index;
  }
  return -1;
}

// A stand-in key for Mendeley's key-less "@article{," entries; the entry gets a
// key made from its author and year afterwards.
const STAND_IN_KEY = 'vetted-keyless-entry';

/**
 * The entry with what exporters write outside BibTeX's grammar made readable:
 * no key ("@article{,"), Scopus's field names with a space ("funding_text 1"), bare numbers.
 */
function repairEntry(text: string): { text: string; keyless: boolean } {
  const keyless = /^@\s*[\w-]+\s*[{(]\s*,/.test(text);
  let repaired = keyless ? text.replace(/^(@\s*[\w-]+\s*[{(])\s*,/, `$1${STAND_IN_KEY},`) : text;
  repaired = repaired.replace(/(^|,)(\s*)([A-Za-z_][\w-]*)[ \u00a0](\d+)(\s*=)/gm, '$1$2$3_$4$5');
  // Bare numbers (series = 3) are valid BibTeX; Citation.js reads some fields only braced.
  repaired = repaired.replace(/(=\s*)(\d+)(\s*[,}\n])/g, '$1{$2}$3');
  // biblatex's \hyphen is a breakable hyphen; starred LaTeX commands (\enquote*{…}) print
  // the same text as plain ones, the only form Citation.js knows.
  repaired = repaired.replace(/\\hyphen\s*/g, '-').replace(/(\\[A-Za-z]+)\*(?=\{)/g, '$1');
  return { text: repaired, keyless };
}

function tryParse(
  entryText: string,
  entryLine: number,
  macros: readonly Macro[],
): Record<string, unknown>[] | ReferenceProblem {
  const prefix = macros.map((macro) => `${macro.text}\n`).join('');
  const macroLines = macros.reduce((sum, macro) => sum + macro.lines, 0);
  try {
    return citationJsItems(prefix + entryText, '@biblatex/text');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const errorLine = lineInMessage(message);
    const line =
      errorLine !== null && errorLine > macroLines
        ? entryLine + errorLine - 1 - macroLines
        : entryLine;
    return { line, message: plainSyntaxMessage(message) };
  }
}

// LaTeX puts accents on the dotless i and j ({\'\i}); in Unicode the accent goes on a plain
// i or j, composed into one character (í), so names compare and sort as typed.
function composeAccents<T>(value: T): T {
  if (typeof value === 'string') {
    return value
      .replace(/ı(?=[\u0300-\u036f])/g, 'i')
      .replace(/ȷ(?=[\u0300-\u036f])/g, 'j')
      .normalize('NFC') as T;
  }
  if (Array.isArray(value)) return value.map(composeAccents) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, composeAccents(inner)]),
    ) as T;
  }
  return value;
}

interface Macro {
  name: string;
  text: string;
  lines: number;
}

function macroOf(text: string): Macro {
  const name = /^\s*@\s*string\s*[{(]\s*([^\s=]+)/i.exec(text)?.[1]?.toLowerCase() ?? '';
  return { name, text, lines: text.split('\n').length };
}

// Only the macros an entry names (and the macros those name) are parsed with it,
// so a file with hundreds of journal abbreviations stays linear to read.
function macrosUsedBy(entryText: string, macros: readonly Macro[]): Macro[] {
  if (macros.length === 0) return [];
  const words = new Set(entryText.toLowerCase().match(/[a-z_][\w:+-]*/g) ?? []);
  const used = new Set<Macro>();
  for (let grew = true; grew;) {
    grew = false;
    for (const macro of macros) {
      if (!used.has(macro) && words.has(macro.name)) {
        used.add(macro);
        for (const word of macro.text.toLowerCase().match(/[a-z_][\w:+-]*/g) ?? []) words.add(word);
        grew = true;
      }
    }
  }
  return macros.filter((macro) => used.has(macro));
}

function plainSyntaxMessage(message: string): string {
  const expected = /expected "(\w+)", got (?:"(\w+)"|EOF)/.exec(message);
  if (expected) {
    const [, want = '', got] = expected;
    if (want === 'label') return 'missing citation key';
    if (!got && want === 'rbrace') return 'missing closing brace';
    if (got === 'identifier' && want === 'rbrace') return 'missing comma between two fields';
    const found = got ? (TOKEN_NAMES[got] ?? got) : 'the end of the entry';
    return `expected ${TOKEN_NAMES[want] ?? want} but found ${found}`;
  }
  if (/invalid syntax/.test(message)) return 'unexpected character';
  return 'unreadable entry';
}

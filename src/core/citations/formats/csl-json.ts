import type { RawEntry, RawReferences, ReferenceProblem } from '../reference-file';
import { lineInMessage, lineLocator, type LineLocator } from './line-locator';

interface ElementSpan {
  start: number;
  end: number;
  closed: boolean;
}

/**
 * Reads CSL-JSON: an array of items or a single item. The array is cut into its
 * elements first, so invalid JSON in one item is reported at its line and the
 * other items still load.
 */
export function readCslJson(text: string): RawReferences {
  const lineOf = lineLocator(text);
  const first = text.search(/\S/);
  if (text[first] === '{') {
    const span = { start: first, end: text.length, closed: true };
    const entry = readElement(text, span, lineOf);
    return 'message' in entry
      ? { entries: [], problems: [entry] }
      : { entries: [entry], problems: [] };
  }
  if (text[first] !== '[') {
    return {
      entries: [],
      problems: [
        { line: lineOf(Math.max(first, 0)), message: 'not CSL-JSON: expected a list of items' },
      ],
    };
  }

  const entries: RawEntry[] = [];
  const problems: ReferenceProblem[] = [];
  for (const span of arrayElements(text, first + 1)) {
    const line = lineOf(span.start);
    if (!span.closed) {
      problems.push({
        line,
        message: 'entry not closed: the file ends inside it (it may be truncated)',
      });
    } else if (text[span.start] !== '{') {
      problems.push({
        line,
        message: 'entry is not a CSL-JSON item (expected an object in braces)',
      });
    } else {
      const entry = readElement(text, span, lineOf);
      if ('message' in entry) problems.push(entry);
      else entries.push(entry);
    }
  }
  return { entries, problems };
}

function readElement(
  text: string,
  span: ElementSpan,
  lineOf: LineLocator,
): RawEntry | ReferenceProblem {
  const line = lineOf(span.start);
  let value: unknown;
  try {
    value = JSON.parse(text.slice(span.start, span.end));
  } catch (error) {
    // V8 names the line within the slice; other engines only the position.
    const message = error instanceof Error ? error.message : '';
    const lineInSlice = lineInMessage(message);
    const position = /position (\d+)/.exec(message)?.[1];
    const errorLine =
      lineInSlice !== null
        ? line + lineInSlice - 1
        : position !== undefined
          ? lineOf(span.start + Number(position))
          : line;
    return { line, message: `not valid JSON at line ${errorLine}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line, message: 'entry is not a CSL-JSON item (expected an object in braces)' };
  }
  const csl = value as Record<string, unknown>;
  return {
    line,
    csl,
    key: typeof csl.id === 'string' || typeof csl.id === 'number' ? String(csl.id) : undefined,
  };
}

// The top-level elements of a JSON array, found by tracking strings and nesting,
// without parsing them. Stops at the closing bracket or the end of the text.
function arrayElements(text: string, from: number): ElementSpan[] {
  const spans: ElementSpan[] = [];
  let index = from;
  while (index < text.length) {
    while (index < text.length && /[\s,]/.test(text[index] ?? '')) index += 1;
    if (index >= text.length || text[index] === ']') break;
    const start = index;
    let depth = 0;
    let inString = false;
    for (; index < text.length; index += 1) {
      const char = text[index];
      if (inString) {
        if (char === '\\') index += 1;
        else if (char === '"') inString = false;
      } else if (char === '"') inString = true;
      else if (char === '{' || char === '[') depth += 1;
      else if (char === '}' || char === ']') {
        if (depth === 0) break;
        depth -= 1;
        if (depth === 0) {
          index += 1;
          break;
        }
      } else if (char === ',' && depth === 0) break;
    }
    // A stray closing brace ends nothing; step over it so the scan always moves on.
    if (index === start) index += 1;
    spans.push({ start, end: index, closed: depth === 0 && !inString });
  }
  return spans;
}

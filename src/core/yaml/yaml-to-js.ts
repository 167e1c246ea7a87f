import { isAlias, visit, type Document, type LineCounter } from 'yaml';

/** Aliases one YAML file may expand; real packs and front matter use a handful at most. */
export const MAX_YAML_ALIASES = 100;

/** A YAML document as plain data, or why it could not be expanded and on which line. */
export type YamlValue = { ok: true; value: unknown } | { ok: false; line: number; message: string };

/**
 * Turns a parsed YAML document into plain data with a bounded alias expansion, so an
 * anchor bomb ("billion laughs") is refused with the line of its first alias instead
 * of the yaml library's resource-exhaustion error.
 */
export function yamlToJs(document: Document, lineCounter: LineCounter): YamlValue {
  try {
    return { ok: true, value: document.toJS({ maxAliasCount: MAX_YAML_ALIASES }) };
  } catch (error) {
    const line = firstAliasLine(document, lineCounter);
    if (error instanceof Error && /alias count/i.test(error.message)) {
      return {
        ok: false,
        line,
        message:
          'the YAML uses too many aliases (*name references to &name anchors): expanded, it would grow without bound',
      };
    }
    return { ok: false, line, message: error instanceof Error ? error.message : String(error) };
  }
}

function firstAliasLine(document: Document, lineCounter: LineCounter): number {
  let line = 1;
  visit(document, {
    Alias: (_key, node) => {
      if (isAlias(node) && node.range) line = lineCounter.linePos(node.range[0]).line;
      return visit.BREAK;
    },
  });
  return line;
}

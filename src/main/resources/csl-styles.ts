import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CitationStyle } from '../../core/document/metadata';
import type { CslStyleSpec } from '../../core/citations/formatter';

/** File names of the shipped CSL styles, per citation style a draft can choose. */
export const CSL_STYLE_FILES: Record<CitationStyle, string> = {
  ama: 'american-medical-association.csl',
  vancouver: 'vancouver.csl',
};

/** File name of the shipped en-US CSL locale. */
export const CSL_LOCALE_FILE = 'locales-en-US.xml';

/** Every shipped style with its locale, read from `dir` (resources/csl). Throws naming a missing file. */
export function loadCslStyles(dir: string): Record<CitationStyle, CslStyleSpec> {
  const read = (file: string): string => {
    const path = join(dir, file);
    try {
      return readFileSync(path, 'utf8');
    } catch {
      throw new Error(`CSL file missing: ${path}`);
    }
  };
  const localeXml = read(CSL_LOCALE_FILE);
  return {
    ama: { styleXml: read(CSL_STYLE_FILES.ama), localeXml },
    vancouver: { styleXml: read(CSL_STYLE_FILES.vancouver), localeXml },
  };
}

/**
 * The resources/csl folder, found by walking up from `from` (this module's own
 * location by default), so it works from src/ under tests and from out/ when built.
 * Packaged apps pass their resources path to `loadCslStyles` instead.
 */
export function findCslDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'resources', 'csl');
    if (existsSync(join(candidate, CSL_LOCALE_FILE))) return candidate;
    if (dirname(dir) === dir) throw new Error(`resources/csl not found above ${from}`);
  }
}

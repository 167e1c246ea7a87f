// Type declarations for the citation libraries, which ship JavaScript only.
// Only the members Vetted calls are declared; they stay private to src/core/citations.

declare module '@citation-js/core' {
  interface ChainOptions {
    target?: string;
    generateGraph?: boolean;
    forceType?: string;
  }
  export const plugins: {
    input: {
      chain(input: unknown, options?: ChainOptions): unknown;
    };
  };
}

declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';

declare module 'citeproc' {
  interface CiteprocSys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }
  interface BibliographyParams {
    entry_ids: string[][];
    bibliography_errors: unknown[];
  }
  export class Engine {
    constructor(sys: CiteprocSys, style: string, lang?: string, forceLang?: boolean);
    setOutputFormat(format: 'text' | 'html'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [BibliographyParams, string[]] | false;
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}

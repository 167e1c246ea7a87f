import CSL from 'citeproc';
import type { CslItem } from './source';

/** A CSL style and the locale it renders with, as XML text (core reads no files). */
export interface CslStyleSpec {
  styleXml: string;
  localeXml: string;
}

/** Plain text, or HTML with `<i>`/`<b>` and entities escaped, as citeproc writes it. */
export type ReferenceOutput = 'text' | 'html';

/** One formatted entry of a reference list. */
export interface FormattedReference {
  /** The id of the item (for lists built from sources: the source id). */
  id: string;
  /** Its number in the list, 1-based. */
  number: number;
  /** The reference without its number, in the requested output. */
  text: string;
}

/** Formats CSL items in one style; create one per style and keep it. */
export interface CitationFormatter {
  /** Items numbered 1…n in the order given (numbering decides the order, not the style). */
  bibliography(items: readonly CslItem[], output?: ReferenceOutput): FormattedReference[];
  /** One item without a number, for hover cards and previews. */
  reference(item: CslItem, output?: ReferenceOutput): string;
}

/** Formatted entries kept per formatter; a draft rarely has more than a few hundred sources. */
const CACHE_LIMIT = 5000;

/**
 * A formatter for one CSL style. The citeproc engine is built once (parsing a style
 * takes tens of milliseconds) and each entry's text is cached by its content, so
 * renumbering a list formats nothing again. Numeric styles such as AMA and
 * Vancouver format an entry the same whatever its number, which makes that safe.
 * Throws when the style or locale XML cannot be read.
 */
export function createCitationFormatter(spec: CslStyleSpec): CitationFormatter {
  const state = {
    items: new Map<string, unknown>(),
    engine: newEngine(),
    output: 'html' as ReferenceOutput,
  };
  const cache = new Map<string, string>();

  function newEngine(): InstanceType<typeof CSL.Engine> {
    const sys = {
      retrieveLocale: () => spec.localeXml,
      retrieveItem: (id: string) => state.items.get(id),
    };
    try {
      return new CSL.Engine(sys, spec.styleXml, 'en-US', true);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`the CSL style could not be read: ${reason}`, { cause: error });
    }
  }

  // Formats items with citeproc in one pass; on a citeproc error, item by item so
  // one odd item cannot blank the whole list, with a plain fallback for that item.
  function render(items: readonly CslItem[], output: ReferenceOutput): string[] {
    try {
      return renderWithEngine(items, output);
    } catch {
      state.engine = newEngine();
      return items.map((item) => {
        try {
          return renderWithEngine([item], output)[0] ?? fallback(item, output);
        } catch {
          state.engine = newEngine();
          return fallback(item, output);
        }
      });
    }
  }

  function renderWithEngine(items: readonly CslItem[], output: ReferenceOutput): string[] {
    const ids = items.map((_, index) => `item-${index}`);
    state.items = new Map(
      items.map((item, index) => [
        `item-${index}`,
        { ...forReferenceList(item), id: `item-${index}` },
      ]),
    );
    if (state.output !== output) {
      state.engine.setOutputFormat(output);
      state.output = output;
    }
    state.engine.updateItems(ids);
    const made = state.engine.makeBibliography();
    if (!made) return items.map((item) => fallback(item, output));
    const [params, entries] = made;
    const byId = new Map<string, string>();
    params.entry_ids.forEach((entryIds, index) => {
      const id = entryIds[0];
      if (id) byId.set(id, withoutNumber(entries[index] ?? '', output));
    });
    return ids.map((id, index) => byId.get(id) ?? fallback(items[index] as CslItem, output));
  }

  function bibliography(
    items: readonly CslItem[],
    output: ReferenceOutput = 'text',
  ): FormattedReference[] {
    const keys = items.map((item) => cacheKey(item, output));
    const missing = items.filter((_, index) => !cache.has(keys[index] ?? ''));
    if (missing.length) {
      const texts = render(missing, output);
      missing.forEach((item, index) =>
        remember(cacheKey(item, output), texts[index] ?? fallback(item, output)),
      );
    }
    return items.map((item, index) => ({
      id: item.id,
      number: index + 1,
      text: cache.get(keys[index] ?? '') ?? fallback(item, output),
    }));
  }

  function remember(key: string, text: string): void {
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
    cache.set(key, text);
  }

  return {
    bibliography,
    reference: (item, output = 'text') => bibliography([item], output)[0]?.text ?? '',
  };
}

// A PubMed page is where a database found the article, not where a reader gets it: journal
// styles print a URL only when there is nothing else. Database document types ("Review"
// from RIS M3) are not the article's genre.
const DATABASE_URL =
  /^https?:\/\/(?:www\.)?(?:ncbi\.nlm\.nih\.gov\/pubmed|pubmed\.ncbi\.nlm\.nih\.gov)\//i;

function forReferenceList(item: CslItem): CslItem {
  if (item.type !== 'article-journal') return item;
  const copy: Record<string, unknown> = { ...item };
  if (typeof copy.URL === 'string' && DATABASE_URL.test(copy.URL)) delete copy.URL;
  delete copy.genre;
  return copy as CslItem;
}

function cacheKey(item: CslItem, output: ReferenceOutput): string {
  const { id: _id, ...content } = item;
  return `${output}\u0000${JSON.stringify(content)}`;
}

// citeproc writes the number into the entry: "1. Author …" in text, and a
// left-margin block in HTML. The list numbers entries itself, so it goes.
function withoutNumber(entry: string, output: ReferenceOutput): string {
  if (output === 'html') {
    const body =
      /<div class="csl-right-inline">([\s\S]*)<\/div>\s*<\/div>\s*$/.exec(entry)?.[1] ??
      /<div class="csl-entry">([\s\S]*)<\/div>\s*$/.exec(entry)?.[1] ??
      entry;
    return body.trim();
  }
  return entry.trim().replace(/^\[?\d+\]?\.?\s+/, '');
}

// Used only if citeproc cannot format an item: never a blank entry.
function fallback(item: CslItem, output: ReferenceOutput): string {
  const names = (item.author ?? [])
    .map((name) => name.literal ?? [name.family, name.given].filter(Boolean).join(' '))
    .filter(Boolean)
    .join(', ');
  const text = [names, item.title, item['container-title']].filter(Boolean).join('. ');
  const plain = text.endsWith('.') ? text : `${text}.`;
  return output === 'html' ? escapeHtml(plain) : plain;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;');
}

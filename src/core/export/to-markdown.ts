import type { JSONContent } from '@tiptap/core';
import type { BlockContent, Html, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { isAllowedLinkHref } from '../document/links';
import { citationAnchor, citationOutput, referenceAnchor } from './citation-links';
import type { ExportModel } from './export-model';
import { frontMatterYaml } from './front-matter';
import { markTree, type JsonMark, type MarkTree } from './inline-marks';
import { linkifyReference } from './linkify';

/** How citations are written in Markdown. */
export type MarkdownCitations = 'numbered' | 'pandoc' | 'footnotes';

/** Options of a Markdown export. */
export interface MarkdownExportOptions {
  citations: MarkdownCitations;
  /** Name of the CSL-JSON bibliography written beside a Pandoc export. */
  bibliographyFile?: string;
  /** Leave out the YAML front matter (for pasting a body somewhere). */
  bodyOnly?: boolean;
}

interface Serializer {
  model: ExportModel;
  options: MarkdownExportOptions;
  /** Index of the next citation, in document order. */
  citationIndex: number;
}

type BlockHandler = (node: JSONContent, state: Serializer) => RootContent[];

const raw = (value: string): Html => ({ type: 'html', value });

function inline(node: JSONContent, state: Serializer): PhrasingContent[] {
  return markTree(node.content ?? []).flatMap((tree) => phrasing(tree, state));
}

/** Published marks → mdast wrappers. */
const MARKS: Record<string, (mark: JsonMark, children: PhrasingContent[]) => PhrasingContent[]> = {
  bold: (_mark, children) => [{ type: 'strong', children }],
  italic: (_mark, children) => [{ type: 'emphasis', children }],
  strike: (_mark, children) => [{ type: 'delete', children }],
  // A stored link the schema would refuse (written by an old version or an API caller) is text.
  link: (mark, children) => {
    const href = String(mark.attrs?.href ?? '');
    return isAllowedLinkHref(href) ? [{ type: 'link', url: href, children }] : children;
  },
  code: (_mark, children) => [
    {
      type: 'inlineCode',
      value: children.map((child) => ('value' in child ? child.value : '')).join(''),
    },
  ],
};

function phrasing(tree: MarkTree, state: Serializer): PhrasingContent[] {
  if ('leaf' in tree) return leaf(tree.leaf, state);
  const children = tree.children.flatMap((child) => phrasing(child, state));
  return MARKS[tree.mark.type]?.(tree.mark, children) ?? children;
}

function leaf(node: JSONContent, state: Serializer): PhrasingContent[] {
  if (node.type === 'text') return [{ type: 'text', value: node.text ?? '' }];
  if (node.type === 'hardBreak') return [{ type: 'break' }];
  if (node.type === 'citation') return citation(node, state);
  return [];
}

/**
 * A citation key as Pandoc reads it, written raw into the Markdown: characters Pandoc
 * keys cannot hold (and "<", ">", which a Markdown renderer could take for HTML) become "_".
 */
function pandocKey(key: string): string {
  return key.replace(/[^\p{L}\p{N}_:.#$%&+?~/-]/gu, '_');
}

/** A locator ("pp. 4–5") with the characters Markdown or Pandoc would read as syntax escaped. */
function escapeLocator(locator: string): string {
  return locator.replace(/[\\[\]<>&*_`]/g, (character) => `\\${character}`);
}

const CITATIONS: Record<
  MarkdownCitations,
  (node: JSONContent, index: number, state: Serializer) => PhrasingContent[]
> = {
  numbered: (_node, index, state) => {
    const output = citationOutput(state.model, index);
    if (output.missing && !output.links.length) return [raw(`<sup id="${output.id}">?</sup>`)];
    const links = output.links.flatMap((link, k): PhrasingContent[] => [
      ...(k ? [{ type: 'text', value: ',' } as const] : []),
      { type: 'link', url: `#${link.target}`, children: [{ type: 'text', value: link.text }] },
    ]);
    return [raw(`<sup id="${output.id}">`), ...links, raw('</sup>')];
  },
  pandoc: (node, _index, state) => {
    const keyOf = new Map(
      state.model.references.map((reference) => [reference.source.id, reference.source.key]),
    );
    const ids: unknown[] = Array.isArray(node.attrs?.sourceIds) ? node.attrs.sourceIds : [];
    const keys = ids.map((id) => `@${pandocKey(keyOf.get(String(id)) ?? String(id))}`);
    const locator =
      typeof node.attrs?.locator === 'string' && node.attrs.locator
        ? `, ${escapeLocator(node.attrs.locator)}`
        : '';
    return [raw(`[${keys.join('; ')}${locator}]`)];
  },
  footnotes: (_node, index, state) =>
    (state.model.numbering.labels[index]?.numbers ?? []).map((number) => ({
      type: 'footnoteReference',
      identifier: String(number),
      label: String(number),
    })),
};

function citation(node: JSONContent, state: Serializer): PhrasingContent[] {
  const index = state.citationIndex;
  state.citationIndex += 1;
  return CITATIONS[state.options.citations](node, index, state);
}

const blocks = (node: JSONContent, state: Serializer): RootContent[] =>
  (node.content ?? []).flatMap((child) => BLOCKS[child.type ?? '']?.(child, state) ?? []);

// An item must be loose when a paragraph is followed by another paragraph (Markdown
// would run them into one) or by a rule (which would turn the paragraph into a heading).
const isSpread = (item: JSONContent): boolean =>
  (item.content ?? []).some(
    (child, index, all) =>
      child.type === 'paragraph' &&
      (all[index + 1]?.type === 'paragraph' || all[index + 1]?.type === 'horizontalRule'),
  );

const listItems = (node: JSONContent, state: Serializer): ListItem[] =>
  (node.content ?? []).map((item) => ({
    type: 'listItem',
    spread: isSpread(item),
    children: blocks(item, state) as BlockContent[],
  }));

const listSpread = (node: JSONContent): boolean => (node.content ?? []).some(isSpread);

/**
 * A paragraph that starts with a no-break space would lose it when read back (it is
 * taken for indentation): write that space as a character reference.
 */
function keepLeadingSpace(children: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = children;
  if (first?.type !== 'text' || !/^[\u00a0]/.test(first.value)) return children;
  return [raw('&#xA0;'), { type: 'text', value: first.value.slice(1) }, ...rest];
}

/** Article nodes → mdast, one small function per node type. */
const BLOCKS: Record<string, BlockHandler> = {
  paragraph: (node, state) => [
    { type: 'paragraph', children: keepLeadingSpace(inline(node, state)) },
  ],
  heading: (node, state) => [
    {
      type: 'heading',
      depth: Number(node.attrs?.level ?? 2) as 2 | 3 | 4,
      children: inline(node, state),
    },
  ],
  blockquote: (node, state) => [
    { type: 'blockquote', children: blocks(node, state) as BlockContent[] },
  ],
  bulletList: (node, state) => [
    { type: 'list', ordered: false, spread: listSpread(node), children: listItems(node, state) },
  ],
  orderedList: (node, state) => [
    {
      type: 'list',
      ordered: true,
      start: Number(node.attrs?.start ?? 1),
      spread: listSpread(node),
      children: listItems(node, state),
    },
  ],
  codeBlock: (node) => [
    {
      type: 'code',
      lang: typeof node.attrs?.language === 'string' ? node.attrs.language : null,
      value: (node.content ?? []).map((child) => child.text ?? '').join(''),
    },
  ],
  horizontalRule: () => [{ type: 'thematicBreak' }],
};

/** A formatted reference with its web addresses and DOIs as links. */
const referenceText = (value: string): PhrasingContent[] =>
  linkifyReference(value).map((piece) =>
    piece.href
      ? { type: 'link', url: piece.href, children: [{ type: 'text', value: piece.text }] }
      : { type: 'text', value: piece.text },
  );

/** The "Sources" section written after the body in numbered mode, or footnote definitions. */
const REFERENCE_SECTIONS: Record<MarkdownCitations, (state: Serializer) => RootContent[]> = {
  numbered: ({ model }) =>
    model.references.length
      ? [
          { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Sources' }] },
          {
            type: 'list',
            ordered: true,
            start: 1,
            spread: false,
            children: model.references.map((reference) => ({
              type: 'listItem',
              spread: false,
              children: [
                {
                  type: 'paragraph',
                  children: [
                    raw(`<a id="${referenceAnchor(reference.number)}"></a>`),
                    ...referenceText(reference.text),
                    ...(reference.firstCitation === null
                      ? []
                      : ([
                          { type: 'text', value: ' ' },
                          {
                            type: 'link',
                            url: `#${citationAnchor(reference.firstCitation)}`,
                            children: [{ type: 'text', value: '↩' }],
                          },
                        ] as PhrasingContent[])),
                  ],
                },
              ],
            })),
          },
        ]
      : [],
  pandoc: () => [],
  footnotes: ({ model }) =>
    model.references.map((reference) => ({
      type: 'footnoteDefinition',
      identifier: String(reference.number),
      label: String(reference.number),
      children: [{ type: 'paragraph', children: referenceText(reference.text) }],
    })),
};

/**
 * The article as CommonMark + GFM with YAML front matter. Citations are numbered
 * superscript links into a "Sources" list (the default), Pandoc `[@key]` citations
 * (with a CSL-JSON bibliography written beside), or GFM footnotes.
 */
export function toMarkdownArticle(model: ExportModel, options: MarkdownExportOptions): string {
  const state: Serializer = { model, options, citationIndex: 0 };
  const root: Root = {
    type: 'root',
    children: [...blocks(model.doc, state), ...REFERENCE_SECTIONS[options.citations](state)],
  };
  const body = toMarkdown(root, {
    extensions: [gfmToMarkdown()],
    bullet: '-',
    emphasis: '*',
    strong: '*',
    rule: '-',
    fences: true,
    listItemIndent: 'one',
    resourceLink: false,
  });
  if (options.bodyOnly) return body;
  const extra: Record<string, string> =
    options.citations === 'pandoc' && options.bibliographyFile
      ? { bibliography: options.bibliographyFile }
      : {};
  return `${frontMatterYaml(model, extra)}\n${body}`;
}

/** The CSL-JSON bibliography of a Pandoc export: the cited sources, ids being their keys. */
export function pandocBibliography(model: ExportModel): string {
  const items = model.references.map((reference) => ({
    ...reference.source.csl,
    id: pandocKey(reference.source.key),
  }));
  return `${JSON.stringify(items, null, 2)}\n`;
}

import type { JSONContent } from '@tiptap/core';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import type { ArticleMetadata } from '../../document/metadata';
import { readFrontMatter } from '../front-matter';
import { assertArticle, assertReadableText } from '../import-error';
import { NoticeLog, type ImportNotice } from '../import-notice';
import { SourcePositions } from '../source-positions';
import { convertNode, type MdastContext } from './mdast-to-doc';

/** A Markdown article read into the article schema. */
export interface MarkdownImport {
  doc: JSONContent;
  metadata: ArticleMetadata;
  /** Bibliography files named in the front matter, relative to the article. */
  bibliography: string[];
  /** CSL-JSON items given inline in the front matter. */
  references: unknown[];
  /** Every citation key used, in order of first use. Citation nodes hold these keys. */
  citationKeys: string[];
  notices: ImportNotice[];
  /** Maps editor positions back to lines and columns of the file. */
  positions: SourcePositions;
}

/** Options of the Markdown reader. */
export interface MarkdownOptions {
  /** GitHub-flavoured Markdown (tables, strikethrough, autolinks, footnotes; the default) or plain CommonMark. */
  dialect?: 'gfm' | 'commonmark';
}

/**
 * Reads a Markdown article (CommonMark + GFM, YAML front matter, Pandoc citations)
 * into article JSON whose citation nodes hold citation keys. Whatever the schema
 * cannot represent is kept as text or reported in `notices`, never silently dropped.
 * Throws ImportError for files that are not text.
 */
export function importMarkdown(input: string, options: MarkdownOptions = {}): MarkdownImport {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  assertReadableText(text, 'Markdown');
  const commonmark = options.dialect === 'commonmark';
  const tree: Root = fromMarkdown(text, {
    extensions: commonmark ? [] : [frontmatter(['yaml']), gfm()],
    mdastExtensions: commonmark ? [] : [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()],
  });
  const notices = new NoticeLog();
  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0] : null;
  const front = readFrontMatter(yaml?.value ?? '', notices);
  const { metadata } = front;

  const definitions = new Map<string, { url: string; title: string | null }>();
  collectDefinitions(tree, definitions);
  const firstContent = tree.children.find(
    (node) => node.type !== 'yaml' && node.type !== 'definition',
  );
  const positions = new SourcePositions(text);
  const context: MdastContext = {
    notices,
    positions,
    definitions,
    takeTitle: metadata.title
      ? null
      : (title) => {
          context.takeTitle = null;
          if (!title.trim()) return false;
          metadata.title = title.trim();
          return true;
        },
  };
  if (firstContent?.type !== 'heading' || firstContent.depth !== 1) context.takeTitle = null;

  const content = convertNode(tree, context);
  const doc: JSONContent = {
    type: 'doc',
    content: content.length ? content : [{ type: 'paragraph' }],
  };
  assertArticle(doc, 'Markdown');
  positions.index(doc);

  return {
    doc,
    metadata,
    bibliography: front.bibliography,
    references: front.references,
    citationKeys: citationKeysOf(doc),
    notices: notices.notices,
    positions,
  };
}

/** Link reference definitions anywhere in the tree (they may sit in a quote or list). */
function collectDefinitions(
  node: Nodes,
  into: Map<string, { url: string; title: string | null }>,
): void {
  if (node.type === 'definition' && !into.has(node.identifier))
    into.set(node.identifier, { url: node.url, title: node.title ?? null });
  if ('children' in node) for (const child of node.children) collectDefinitions(child, into);
}

/** The distinct source ids (here: keys) cited in a document, in order of first use. */
export function citationKeysOf(doc: JSONContent): string[] {
  const keys = new Set<string>();
  const visit = (node: JSONContent): void => {
    if (node.type === 'citation') {
      const ids: unknown = node.attrs?.sourceIds;
      if (Array.isArray(ids)) ids.forEach((id) => typeof id === 'string' && keys.add(id));
    }
    node.content?.forEach(visit);
  };
  visit(doc);
  return [...keys];
}

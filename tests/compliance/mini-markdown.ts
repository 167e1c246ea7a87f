import type { JSONContent } from '@tiptap/core';

/**
 * Just enough Markdown for test passages: paragraphs, "## " headings, "- " bullets,
 * "> " quotes, **bold**, [text](href) links and Pandoc citations [@a; @b].
 * (The real importer is src/core/import; this keeps compliance tests independent of it.)
 */
export function miniMarkdown(markdown: string): JSONContent {
  const content: JSONContent[] = [];
  let list: JSONContent | null = null;
  for (const raw of markdown.split(/\n{2,}|\n(?=- )/)) {
    const chunk = raw.trim();
    if (!chunk) continue;
    if (chunk.startsWith('## ')) {
      list = null;
      content.push({ type: 'heading', attrs: { level: 2 }, content: inline(chunk.slice(3)) });
    } else if (chunk.startsWith('- ')) {
      if (!list) {
        list = { type: 'bulletList', content: [] };
        content.push(list);
      }
      list.content?.push({
        type: 'listItem',
        content: [{ type: 'paragraph', content: inline(chunk.slice(2)) }],
      });
    } else if (chunk.startsWith('> ')) {
      list = null;
      content.push({
        type: 'blockquote',
        content: [
          { type: 'paragraph', content: inline(chunk.replace(/^> ?/gm, '').replace(/\n/g, ' ')) },
        ],
      });
    } else {
      list = null;
      content.push({ type: 'paragraph', content: inline(chunk.replace(/\n/g, ' ')) });
    }
  }
  return { type: 'doc', content };
}

function inline(text: string): JSONContent[] {
  const nodes: JSONContent[] = [];
  const pattern = /\*\*(.+?)\*\*|\[(@[^\]]+)\]|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match.index > last) nodes.push({ type: 'text', text: text.slice(last, match.index) });
    if (match[1]) nodes.push({ type: 'text', text: match[1], marks: [{ type: 'bold' }] });
    else if (match[2]) {
      const ids = match[2]
        .split(';')
        .map((part) => part.trim().replace(/^@/, '').replace(/,.*$/, ''));
      nodes.push({ type: 'citation', attrs: { sourceIds: ids, locator: null } });
    } else if (match[3] && match[4]) {
      nodes.push({
        type: 'text',
        text: match[3],
        marks: [{ type: 'link', attrs: { href: match[4] } }],
      });
    }
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push({ type: 'text', text: text.slice(last) });
  return nodes;
}

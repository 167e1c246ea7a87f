import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Citation } from './nodes/citation';
import { Comment } from './marks/comment';
import { Deletion, Insertion } from './marks/suggestion';
import { isAllowedLinkHref } from './links';

/** Heading levels an article may use: the title is the page's only H1. */
export const HEADING_LEVELS = [2, 3, 4] as const;

/**
 * The article schema as TipTap extensions: the one list that the editor, the
 * importers and the exporters all build on. Behaviour-only extensions (undo,
 * drop cursor, placeholders) are added by the editor, not here.
 */
export const articleExtensions: AnyExtension[] = [
  StarterKit.configure({
    heading: { levels: [...HEADING_LEVELS] },
    underline: false,
    undoRedo: false,
    dropcursor: false,
    gapcursor: false,
    trailingNode: false,
    listKeymap: false,
    link: {
      openOnClick: false,
      autolink: true,
      linkOnPaste: true,
      defaultProtocol: 'https',
      protocols: ['mailto'],
      isAllowedUri: (url) => isAllowedLinkHref(url),
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
    },
  }),
  Citation,
  Comment,
  Insertion,
  Deletion,
];

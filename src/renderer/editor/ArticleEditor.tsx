import type { AnyExtension, Editor, JSONContent } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { editorExtensions } from './extensions';
import { LinkPopover } from './LinkPopover';
import { Toolbar } from './Toolbar';
import { cleanPastedHtml } from '../../core/import/html/from-html';

interface ArticleEditorProps {
  initialDoc: JSONContent;
  onReady: (editor: Editor) => void;
  onChange: (editor: Editor) => void;
  /** Mod-Shift-C and the toolbar's citation button. */
  onInsertCitation: () => void;
  /** Feature extensions (citation numbers, the `[@` trigger …), fixed for the editor's life. */
  extensions?: AnyExtension[];
  toolbarExtras?: ReactNode;
  /** Floating UI drawn over the text (pickers, hover cards). */
  overlays?: (editor: Editor) => ReactNode;
}

/**
 * Kept as one constant: TipTap compares options by identity on every render and,
 * on a difference, resets the view's state — which could drop keystrokes that the
 * browser has put in the DOM but ProseMirror has not read yet.
 */
const EDITOR_PROPS = {
  attributes: {
    role: 'textbox',
    'aria-label': 'Article body',
    'aria-multiline': 'true',
    class: 'article-body',
    spellcheck: 'true',
  },
  // Pasted HTML (Word, web pages) is sanitized and simplified before the schema parses it.
  transformPastedHTML: cleanPastedHtml,
};

/**
 * The rich-text body. React does not re-render on every keystroke: the toolbar and
 * popovers subscribe to just the editor state they show, which keeps typing fast
 * on long drafts.
 */
export function ArticleEditor({
  initialDoc,
  onReady,
  onChange,
  onInsertCitation,
  extensions,
  toolbarExtras,
  overlays,
}: ArticleEditorProps) {
  const [editingLink, setEditingLink] = useState(false);
  // Extensions and handlers are fixed when the editor is created; this ref lets them
  // reach the latest callbacks from the props when they fire.
  const latest = useRef({ onChange, onInsertCitation });
  useEffect(() => {
    latest.current = { onChange, onInsertCitation };
  }, [onChange, onInsertCitation]);
  // eslint-disable-next-line react-hooks/refs -- read when the shortcut fires, not while rendering
  const [allExtensions] = useState(() =>
    editorExtensions(
      {
        editLink: () => setEditingLink(true),
        insertCitation: () => latest.current.onInsertCitation(),
      },
      extensions,
    ),
  );

  // The body the editor starts from, fixed for its lifetime (a new document remounts the
  // editor). A changing `content` option would make TipTap reset the view's props after
  // every save, and with them the caret the writer just moved.
  const [content] = useState(initialDoc);

  const editor = useEditor({
    extensions: allExtensions,
    content,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    // Our stylesheet carries ProseMirror's base rules; an injected <style> would break the CSP.
    injectCSS: false,
    editorProps: EDITOR_PROPS,
    onUpdate: ({ editor: current }) => latest.current.onChange(current),
  });

  useEffect(() => {
    if (editor) onReady(editor);
  }, [editor, onReady]);

  if (!editor) return null;
  return (
    <div className="editor-shell">
      <Toolbar editor={editor} onEditLink={() => setEditingLink(true)}>
        {toolbarExtras}
      </Toolbar>
      <div className="editor-frame">
        <EditorContent editor={editor} />
        <LinkPopover editor={editor} editing={editingLink} onEditingChange={setEditingLink} />
        {overlays?.(editor)}
      </div>
    </div>
  );
}

import type { Editor, JSONContent } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { editorExtensions } from './extensions';
import { LinkPopover } from './LinkPopover';
import { Toolbar } from './Toolbar';

interface ArticleEditorProps {
  initialDoc: JSONContent;
  onReady: (editor: Editor) => void;
  onChange: (editor: Editor) => void;
  toolbarExtras?: ReactNode;
}

/**
 * The rich-text body. React does not re-render on every keystroke: the toolbar and
 * popovers subscribe to just the editor state they show, which keeps typing fast
 * on long drafts.
 */
export function ArticleEditor({
  initialDoc,
  onReady,
  onChange,
  toolbarExtras,
}: ArticleEditorProps) {
  const [editingLink, setEditingLink] = useState(false);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  const extensions = useMemo(() => editorExtensions({ editLink: () => setEditingLink(true) }), []);

  const editor = useEditor({
    extensions,
    content: initialDoc,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    // Our stylesheet carries ProseMirror's base rules; an injected <style> would break the CSP.
    injectCSS: false,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-label': 'Article body',
        'aria-multiline': 'true',
        class: 'article-body',
        spellcheck: 'true',
      },
    },
    onUpdate: ({ editor: current }) => onChangeRef.current(current),
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
      </div>
    </div>
  );
}

import type { JSONContent } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect } from 'react';
import { articleExtensions } from '../../core/document/extensions';

/** A document shown exactly as the editor would, but not editable: for previews. */
export function ReadOnlyDoc({ doc, label }: { doc: JSONContent; label: string }) {
  const editor = useEditor({
    extensions: articleExtensions,
    content: doc,
    editable: false,
    immediatelyRender: true,
    injectCSS: false,
    editorProps: {
      attributes: { 'aria-label': label, 'aria-readonly': 'true', class: 'article-body read-only' },
    },
  });
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.commands.setContent(doc, { emitUpdate: false });
  }, [editor, doc]);
  return <EditorContent editor={editor} />;
}

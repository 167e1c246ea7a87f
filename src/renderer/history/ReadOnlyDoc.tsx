import type { JSONContent } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { articleExtensions } from '../../core/document/extensions';

/** A document shown exactly as the editor would, but not editable: for previews. */
export function ReadOnlyDoc({ doc, label }: { doc: JSONContent; label: string }) {
  // Stable options: TipTap resets the view whenever an option changes identity.
  const [initialDoc] = useState(doc);
  const [editorProps] = useState(() => ({
    attributes: { 'aria-label': label, 'aria-readonly': 'true', class: 'article-body read-only' },
  }));
  const editor = useEditor({
    extensions: articleExtensions,
    content: initialDoc,
    editable: false,
    immediatelyRender: true,
    injectCSS: false,
    editorProps,
  });
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.commands.setContent(doc, { emitUpdate: false });
  }, [editor, doc]);
  return <EditorContent editor={editor} />;
}

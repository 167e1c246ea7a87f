import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { useEffect, useState } from 'react';

/**
 * The editor's document, refreshed shortly after the writer pauses: panels that
 * scan the whole draft (comment anchors, suggestions) do it once per pause, not
 * once per keystroke.
 */
export function useDocSnapshot(editor: Editor, delay = 200): PMNode {
  const [doc, setDoc] = useState(() => editor.state.doc);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setDoc(editor.state.doc), delay);
    };
    editor.on('update', onUpdate);
    return () => {
      editor.off('update', onUpdate);
      clearTimeout(timer);
    };
  }, [editor, delay]);
  return doc;
}

import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { useEffect, useState } from 'react';

/**
 * The editor's document, refreshed shortly after the writer pauses: panels that
 * scan the whole draft (comment anchors, suggestions) do it once per pause, not
 * once per keystroke.
 */
export function useDocSnapshot(editor: Editor, delay = 200): PMNode {
  const [snapshot, setSnapshot] = useState(() => ({ editor, doc: editor.state.doc }));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setSnapshot({ editor, doc: editor.state.doc }), delay);
    };
    editor.on('update', onUpdate);
    return () => {
      editor.off('update', onUpdate);
      clearTimeout(timer);
    };
  }, [editor, delay]);
  // A new editor (the draft was replaced, e.g. by an imported review) has a new document:
  // the old editor's snapshot would judge anchors and suggestions on text no longer shown.
  return snapshot.editor === editor ? snapshot.doc : editor.state.doc;
}

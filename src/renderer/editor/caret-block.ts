import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

const caretBlockKey = new PluginKey('caretBlock');

/**
 * Marks the top-level block holding the caret with `caret-block`. Off-screen blocks
 * skip rendering (content-visibility: auto, for long drafts); the block being typed
 * in must never be skipped, or Chromium places the first letter typed into a fresh
 * paragraph behind the caret before the block has rendered.
 */
export const CaretBlock = Extension.create({
  name: 'caretBlock',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: caretBlockKey,
        props: {
          decorations: (state) => {
            const { $head } = state.selection;
            if ($head.depth < 1) return DecorationSet.empty;
            const start = $head.before(1);
            const block = state.doc.nodeAt(start);
            if (!block) return DecorationSet.empty;
            return DecorationSet.create(state.doc, [
              Decoration.node(start, start + block.nodeSize, { class: 'caret-block' }),
            ]);
          },
        },
      }),
    ];
  },
});

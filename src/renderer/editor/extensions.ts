import { Extension, type AnyExtension } from '@tiptap/core';
import { Dropcursor, Gapcursor, Placeholder, TrailingNode, UndoRedo } from '@tiptap/extensions';
import { ListKeymap } from '@tiptap/extension-list';
import { articleExtensions } from '../../core/document/extensions';
import { CaretBlock } from './caret-block';
import { MoveBlock } from './move-block';

/** Callbacks the editor's own shortcuts reach into the React UI with. */
export interface EditorHooks {
  /** Mod-K: open the link popover. */
  editLink: () => void;
  /** Mod-Shift-C: open the citation picker. */
  insertCitation: () => void;
}

/**
 * The article schema plus the behaviour a writer expects from an editor: undo,
 * a placeholder, drop and gap cursors, list keys, and our shortcuts.
 */
export function editorExtensions(hooks: EditorHooks, extra: AnyExtension[] = []): AnyExtension[] {
  return [
    ...articleExtensions,
    UndoRedo.configure({ depth: 500, newGroupDelay: 600 }),
    Placeholder.configure({ placeholder: 'Start writing. Type ## for a heading, - for a list.' }),
    Dropcursor,
    Gapcursor,
    ListKeymap,
    TrailingNode,
    MoveBlock,
    CaretBlock,
    Extension.create({
      name: 'vettedShortcuts',
      addKeyboardShortcuts() {
        return {
          'Mod-k': () => {
            hooks.editLink();
            return true;
          },
          'Mod-Shift-c': () => {
            hooks.insertCitation();
            return true;
          },
        };
      },
    }),
    ...extra,
  ];
}
